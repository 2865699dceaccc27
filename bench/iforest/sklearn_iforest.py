#!/usr/bin/python3
"""scikit-learn's IsolationForest on the data sets bench_iforest compares against.
Usage: sklearn_iforest.py OUT_DIR. Writes the data sets there (CSV, label last; speed.f32 raw
float32 rows) and prints one JSON line with sklearn's ROC AUC averaged over 10 seeds per data
set and its single-threaded score_samples time."""
import json, os, sys, time
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import numpy as np
from sklearn.datasets import load_breast_cancer, load_digits, load_wine
from sklearn.ensemble import IsolationForest
from sklearn.metrics import roc_auc_score

out = sys.argv[1]
rng = np.random.default_rng(0)
sets = {}
# Breast cancer: benign rows are normal, malignant ones the anomalies, kept to ~5%.
X, y = load_breast_cancer(return_X_y=True)
benign, malignant = np.where(y == 1)[0], np.where(y == 0)[0]
pick = rng.choice(malignant, 19, replace=False)
sets["breast_cancer"] = (X[np.r_[benign, pick]], np.r_[np.zeros(len(benign)), np.ones(len(pick))])
# Digits: the 1s are normal, 5% as many other digits are the anomalies.
X, y = load_digits(return_X_y=True)
ones, others = X[y == 1], X[y != 1]
k = max(1, int(0.05 * len(ones)))
sets["digits"] = (np.vstack([ones, others[rng.choice(len(others), k, replace=False)]]), np.r_[np.zeros(len(ones)), np.ones(k)])
# Wine: cultivar 1 is normal, four rows of the others are anomalies.
X, y = load_wine(return_X_y=True)
normal, rest = X[y == 1], X[y != 1]
sets["wine"] = (np.vstack([normal, rest[rng.choice(len(rest), 4, replace=False)]]), np.r_[np.zeros(len(normal)), np.ones(4)])
# Synthetic: 20,000 Gaussian rows in 10 dimensions, 1% shifted by 3 in three of them.
Xg = rng.normal(size=(20000, 10))
yg = np.zeros(20000)
idx = rng.choice(20000, 200, replace=False)
Xg[idx, :3] += 3.0
yg[idx] = 1
sets["gaussian"] = (Xg, yg)

auc = {}
for name, (X, y) in sets.items():
    np.savetxt(os.path.join(out, name + ".csv"), np.column_stack([X, y]), delimiter=",", fmt="%.9g")
    scores = [roc_auc_score(y, -IsolationForest(n_estimators=100, max_samples=256, random_state=s).fit(X).score_samples(X)) for s in range(10)]
    auc[name] = float(np.mean(scores))

Xs = rng.normal(size=(200000, 20)).astype(np.float32)
Xs.tofile(os.path.join(out, "speed.f32"))
forest = IsolationForest(n_estimators=100, max_samples=256, random_state=0, n_jobs=1).fit(Xs)
start = time.perf_counter()
forest.score_samples(Xs)
seconds = time.perf_counter() - start
print(json.dumps({"auc": auc, "score_seconds": seconds, "rows": 200000, "cols": 20}))

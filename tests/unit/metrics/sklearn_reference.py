#!/usr/bin/python3
"""Prints the scikit-learn reference values hard-coded in test_metrics.cpp.
Regenerate with: /usr/bin/python3 tests/unit/metrics/sklearn_reference.py"""
import numpy as np
from sklearn.metrics import roc_auc_score, average_precision_score, roc_curve, precision_recall_curve

cases = {
    "small": ([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]),
    "ties": ([0.5, 0.5, 0.5, 0.2, 0.9, 0.2, 0.7, 0.5], [1, 0, 1, 0, 1, 0, 0, 0]),
    "all_equal": ([0.3] * 6, [1, 0, 0, 1, 0, 0]),
}
rng = np.random.default_rng(42)
labels = (rng.random(1000) < 0.1).astype(int)
scores = np.round(rng.normal(labels * 1.2, 1.0), 2)  # rounded: many ties
np.savetxt("random_1000.csv", np.column_stack([scores, labels]), fmt=["%.2f", "%d"], delimiter=",")
cases["random_1000"] = (scores.tolist(), labels.tolist())
for name, (s, y) in cases.items():
    auc = roc_auc_score(y, s)
    ap = average_precision_score(y, s)
    fpr, tpr, _ = roc_curve(y, s)
    prec, rec, _ = precision_recall_curve(y, s)
    print(f'{{"{name}", {auc!r}, {ap!r}, {len(fpr)}, {len(prec)}}},')

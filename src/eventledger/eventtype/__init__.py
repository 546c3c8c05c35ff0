"""The learned typing stage: ACLED and PLOVER types for a candidate event's sentence.

`type_model()` loads the shipped model once per process; `TypeModel.predict` types a batch of
`Candidate`s (a sentence and its trigger's span). Training lives in `train`, the static vectors
in `vectors`, and their distillation from a sentence encoder in `distill` and `encoder`.
"""

from eventledger.eventtype.model import Candidate, Prediction, TypeModel, type_model

__all__ = ["Candidate", "Prediction", "TypeModel", "type_model"]

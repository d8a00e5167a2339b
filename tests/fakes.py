"""Test doubles shared by the drafting, talk, reflection and prompt tests."""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage


class Recorder(BaseCallbackHandler):
    """Records every prompt a chat model is started with."""

    def __init__(self) -> None:
        self.prompts: list[list[BaseMessage]] = []

    def on_chat_model_start(
        self, serialized: dict[str, Any], messages: list[list[BaseMessage]], **kwargs: Any
    ) -> None:
        self.prompts.append(messages[0])


def scripted(*replies: str) -> tuple[GenericFakeChatModel, Recorder]:
    """A fake chat model that answers with ``replies`` in turn, and the recorder on it."""
    rec = Recorder()
    model = GenericFakeChatModel(messages=iter([AIMessage(content=r) for r in replies]),
                                 callbacks=[rec])
    return model, rec

"""A model draft must be a message to the recipient (issue: drafts on task)."""

from __future__ import annotations

import pytest

from assistant.addressing import off_task


@pytest.mark.parametrize("text", [
    "Hi Sam, I hope you're doing well. I still have your guitar and would like to return it.",
    "Happy birthday, Sam! Wishing a lovely year ahead.",
    "Hola Ana, espero que estés bien. Te escribo para devolverte tus libros.",
    "Oi, tudo bem com você? Queria te devolver a chave.",
    "Salut, j'espère que tu vas bien. Je voulais te rendre ta veste.",
    "Hallo, ich hoffe, dir geht es gut. Ich würde dir gern deine Jacke zurückgeben.",
    "Ciao, spero che tu stia bene. Vorrei restituirti il tuo libro.",
])
def test_messages_to_the_recipient_pass(text: str) -> None:
    assert off_task(text, "Sam") is None


@pytest.mark.parametrize("text", [
    # the rambling reply the real llama.cpp server gave to a jailbreak-wrapped request
    "The sender wishes to convey that the message on my device was not received and the "
    "sender will try again later when the connection is restored.",
    "Here is a draft message you could send: Hi Sam, I hope you are well.",
    "You could tell your ex that you miss them and want to talk.",
    "Subject: Catching up\nHi Sam, how are you?",
    "As an AI, I think a short note would be best for you both.",
    "Hoping things are calm at the new place and that the move went smoothly overall.",
])
def test_texts_about_something_else_are_off_task(text: str) -> None:
    assert off_task(text, "Sam") is not None

"""Form wording is shown as paragraphs, whatever width the clinic typed it at."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from smpdesk.questionnaire.loader import load_form_text
from smpdesk.questionnaire.prose import reflow


def test_lines_of_a_paragraph_join_and_blank_lines_stay():
    typed = "Please read each part\nand tick it.\n\n  Ask us   anything.\n"
    assert reflow(typed) == "Please read each part and tick it.\n\nAsk us anything."


def test_list_items_keep_their_own_lines():
    typed = (
        "Less often:\n- an infection, especially if\n  aftercare is skipped\n"
        "- keloids\n1. first\n2) second\n• dot"
    )
    assert reflow(typed) == (
        "Less often:\n- an infection, especially if aftercare is skipped\n- keloids\n"
        "1. first\n2) second\n• dot"
    )


def test_a_hyphenated_word_at_a_line_start_is_not_a_list():
    assert reflow("a well\n-known risk") == "a well -known risk"


@given(st.text())
def test_reflow_keeps_every_word_in_order(value):
    assert reflow(value).split() == value.split()
    assert reflow(reflow(value)) == reflow(value)


def test_the_loader_reflows_the_words_people_read():
    form = load_form_text(
        'form = "t"\ntitle = "T"\nversion = 1\ndescription = """\nOne\ntwo.\n"""\n'
        '[[pages]]\ntitle = "P"\nintro = "a\\nb"\n'
        '[[pages.questions]]\nid = "n"\ntype = "note"\ntext = """\nThree\nfour.\n\nFive."""\n'
        '[[pages.questions]]\nid = "q"\ntype = "text"\ntext = "Q\\nR"\nhelp = "h\\ni"\n',
        "t.toml",
    )
    page = form.pages[0]
    assert (form.description, page.intro) == ("One two.", "a b")
    assert [q.text for q in page.questions] == ["Three four.\n\nFive.", "Q R"]
    assert page.questions[1].help == "h i"


def test_an_en_dash_range_that_wrapped_is_not_a_list():
    assert reflow("Heals in 4\n– 6 weeks.") == "Heals in 4 – 6 weeks."

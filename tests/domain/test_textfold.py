import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from smpdesk.domain.textfold import digits, fold, looks_like_phone, words


def test_fold_handles_letters_without_decomposition():
    assert fold("Łukasz Żółć") == "lukasz zolc"
    assert fold("Øyvind Sæther") == "oyvind saether"
    assert fold("Đorđević") == "dordevic"
    assert fold("Straße") == "strasse"
    assert fold("Nguyễn") == "nguyen"
    assert fold("İlkay Yılmaz") == "ilkay yilmaz"


def test_fold_of_decomposed_input_matches_precomposed():
    assert fold(unicodedata.normalize("NFD", "Zoë Brontë")) == fold("Zoë Brontë") == "zoe bronte"


def test_words_drop_fts_syntax():
    assert words('"AND ( * zoe.smith@ex') == ["and", "zoe", "smith", "ex"]
    assert words('"*()') == []


def test_phone_detection():
    assert looks_like_phone("07700 900")
    assert looks_like_phone("+44 (0)7700-900.123")
    assert not looks_like_phone("77")
    assert not looks_like_phone("C00042")
    assert digits("+44 (0)77") == "44077"


@given(st.text())
def test_fold_never_leaves_combining_marks(text):
    folded = fold(text)
    assert not any(unicodedata.combining(ch) for ch in folded)
    assert fold(folded) == folded


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_ascii_folds_as_the_full_rules_fold_it(text):
    """fold() lower-cases ASCII directly (an import folds every name): the same as
    decomposing, case-folding and mapping special letters would give."""
    from smpdesk.domain import textfold

    full = textfold._strip_marks(text.translate(textfold._SPECIAL)).casefold()
    assert fold(text) == textfold._strip_marks(full).translate(textfold._SPECIAL)

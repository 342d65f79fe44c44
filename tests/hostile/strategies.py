"""Text of every shape a user, a clipboard or a damaged file can hand the app: control
characters, lone surrogates, noncharacters, right-to-left and emoji, markup and formula
starts, one huge word, and a huge text."""

from hypothesis import strategies as st

from score_desktop.domain.text import cleaned

CONTROLS = "\x00\x07\x08\x0b\x0c\x1b\x1f\x7f\x85"
ODD = "\t\n\r\u200b\u200f\u202e\u2028\u2029\ufeff\ufffe\uffff\ud800\udbff\udc00\udfff"
SAMPLES = [
    "<b>bold</b> & <img src=x onerror=alert(1)>",
    '=HYPERLINK("http://x","y")',
    "+1-2",
    "@SUM(A1)",
    "\u202eتقرير\u202c مصنع الكابلات",
    "עברית ו-English 123",
    "工厂 🏭 👩🏽‍🔧 café",
    "an\x00d\x07bell\x1bescape",
    "line\r\nbreak\rold\nnew",
    "तनाव  ❤️ 🇻🇳",
]
HUGE_WORD = "w" * 1000
HUGE_TEXT = ("Công nhân 工人 worker 🏭 " * 10_000)[:200_000]

# everything, lone surrogates included, with the troublesome characters drawn often
ALPHABET = st.one_of(
    st.characters(exclude_categories=()),
    st.sampled_from(CONTROLS + ODD),
)
SHORT = st.text(ALPHABET, max_size=40)
HOSTILE = st.one_of(SHORT, st.sampled_from(SAMPLES))
WITH_HUGE = st.one_of(HOSTILE, st.just(HUGE_WORD), st.just(HUGE_TEXT))
# text the rule lets through (what storage keeps), for the outputs
STORABLE = HOSTILE.map(lambda t: cleaned(t)[0])

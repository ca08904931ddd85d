"""A number gap keeps the name its sentence opens with when another gap asks that name: each
county's figure reads like the next one's, and only the name says which is asked. A count asked
as a question ("How many cases did Green County have …?") names it too."""

from studyapp.domain.generation import generate

FLU_EN = (
    "Flu cases climb across the region\n\n"
    "Doctors across the region are urging people to get vaccinated as flu cases climb.\n\n"
    "Dane County had 214 flu-related hospitalizations this season, health officials said.\n\n"
    "Rock County had 38 confirmed cases of influenza-associated hospitalizations.\n\n"
    "Green County had 19 cases this season, to date.\n\n"
    '"The vaccine is a good match for the flu that is circulating," said Maria Lopez, the '
    "county health director.\n"
)


def test_a_number_gap_still_names_the_county_whose_figure_it_asks():
    questions = generate(FLU_EN, language="en").questions
    asked = {q.answer[0]: q.prompt for q in questions if q.type in ("cloze", "short")}
    for count, county in (("214", "Dane County"), ("38", "Rock County"), ("19", "Green County")):
        assert count in asked, asked
        prompt = asked[count]
        assert prompt.startswith(county) or f" {county} " in prompt, prompt

"""English first names that tell a gender, for pronoun resolution's tie-breaker only.

A small table written from common knowledge of very common given names in English-language
news, not fetched or learned from data. Only names that are overwhelmingly given to one
gender are here; names given to both ("Jordan", "Chris", "Dana", "Kelly", "Taylor", "Jean",
"Andrea", "Kim", "Lee") are left out. The table is never written into a record: it only
breaks a tie between antecedents that the article's own words (an honorific, a gendered
noun, an earlier pronoun) do not tell apart. See ``docs/limitations.md``.
"""

from __future__ import annotations

from types import MappingProxyType

_MALE = """
aaron abdul abraham adam adrian ahmed alan albert alexander alfred andrew angelo anthony antonio
arnold arthur barack barry ben benjamin bernard bernie bill billy bob bobby boris brad bradley
brandon brett brian bruce bryan calvin carl carlos cecil charles charlie chuck clarence clark
clifford clint colin craig curtis dan daniel darrell dave david dennis derek dick don
donald doug douglas duane dustin dwight earl eddie edgar edward edwin elijah emmanuel
eric ernest eugene evan francis frank franklin fred frederick gabriel gary gene geoffrey george
gerald gilbert glenn gordon graham greg gregory harold harry harvey hector henry herbert howard
hugh ian isaac ivan jack jacob jake james jared jason jeb jeff jeffrey jeremy jerome jerry
jesse jim jimmy joe joel john johnny jon jonathan jose joseph joshua juan julian justin keith
ken kenneth kevin kurt kyle lance larry lawrence leonard leroy lloyd louis luis luke malcolm
marco marcus mario mark martin marvin matt matthew maurice max michael miguel mike mitch mitt
mohammed muhammad nathan neil newt nicholas norman oliver omar oscar patrick paul pedro peter
philip phillip rafael ralph randall randy ray raymond reginald reince ricardo richard rick
ricky robert roberto rodney roger roland ron ronald roy rudolph rudy russell ryan samuel scott
sean sergei seth shawn stanley stephen steve steven stuart ted terrence theodore thomas
tim timothy todd tom tommy tony travis trevor troy tyler victor vincent vladimir walter warren
wayne wesley william willie yusuf zachary
"""

_FEMALE = """
abigail adrienne agnes alice alicia alison allison amanda amber amy angela anita ann anna
anne annie antoinette barbara beatrice becky bernadette betty beverly brenda bridget brittany
caitlin camille carla carly carmen carol caroline carolyn catherine cathy cecilia charlotte
chelsea cheryl christina christine cindy claire clara claudia colleen condoleezza connie
cynthia daisy danielle darlene debbie deborah debra denise diana diane donna doris dorothy
edith eileen elaine eleanor elena elizabeth ellen eloise emily emma erica esther ethel
eva evelyn faith felicia fiona florence frances gabrielle gail georgia geraldine gina gladys
gloria grace gwen hannah harriet heather heidi helen hillary holly huma ida irene isabel
isabella ivana ivanka jacqueline jane janet janice jeanne jennifer jessica jill joan joanne
josephine joy joyce judith judy julia julie june kamala karen katherine kathleen kathryn
kathy katie kay kellyanne kristen laura lauren linda lisa loretta lorraine louise lucy lydia
lynne madeleine margaret maria marie marilyn marsha martha mary megan megyn melania melanie
melissa michelle mildred molly monica nancy natalie nicole nikki nina nora olivia pamela
patricia paula pauline peggy penny phyllis priscilla rachel rebecca regina rita roberta
rosa rose rosemary ruth sally samantha sandra sara sarah sharon sheila shirley sonia sophia
sophie stephanie susan suzanne sylvia tammy teresa theresa tina tulsi valerie vanessa
vera veronica victoria virginia wanda wendy yvonne
"""

FIRST_NAME_GENDERS = MappingProxyType(
    dict.fromkeys(_MALE.split(), "male") | dict.fromkeys(_FEMALE.split(), "female")
)
"""Lower-cased first name -> "male" or "female"; a tie-breaker, never written out."""

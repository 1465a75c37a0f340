"""The Russian front-matter reference (docs/reference.ru.md), generated like the English one (`page.py`).

Only the words are Russian: the fields, their types and requirements come from the models, the examples and the
check's reports are the English page's own (they are code: the check reports in English), and every heading keeps
the English page's id, so a link to `reference.md#part-person` lands on the same section in either language.
There is no English fallback: a field or model without a Russian description here stops the generation (a test
checks every one the English reference documents).
"""

from __future__ import annotations

from typing import Final

from pydantic import BaseModel

from .fields import field_table
from .page import PageText, reference_markdown, sections
from .words import RU

REFERENCE_PAGE_RU: Final = "docs/reference.ru.md"
"""The generated Russian page, relative to the project's root."""

PAGE_TYPES_RU: Final[dict[str, tuple[str, str]]] = {
    "working-group": ("Страница рабочей группы", "`docs/groups/<id>.md`"),
    "exhibitor": ("Страница экспонента", "`docs/marketplace/<id>.md`"),
    "sources": ("Список источников", "`docs/sources.md`"),
    "themes": ("Общие темы", "`docs/themes.md`"),
    "marketplace-index": ("Главная страница «Ярмарки инноваций»", "`docs/marketplace/index.md`"),
    "glossary": ("Глоссарий", "`docs/glossary.md`"),
    "timeline": ("Хронология", "`docs/timeline.md`"),
    "updates": ("Обновления архива", "`docs/updates.md`"),
    "page": (
        "Любая другая страница",
        "все остальные страницы (`docs/index.md`, `docs/about.md`, `docs/groups/index.md`, это руководство и другие)",
    ),
    "translation": (
        "Русская версия страницы",
        "`docs/<страница>.ru.md` рядом с `docs/<страница>.md`; его пишет `python -m macros translate <страница>`",
    ),
}
"""Each kind of page (by its key): its heading, and which files use it (after «Файлы:»)."""

MODEL_DOCS_RU: Final[dict[str, str]] = {
    "WorkingGroup": "Front matter страницы в `docs/groups/`: одна из рабочих групп саммита.",
    "Person": "Участник процесса — человек или организация; указан хотя бы кто-то один из двух.",
    "Priority": "Приоритет, который рабочая группа предложила для прямого сотрудничества американских и российских "
    "организаций.",
    "Ref": "Связь одного элемента с другим и то, подтверждает ли её источник.",
    "FollowUp": "То, что произошло после саммита в июне 2010 года.",
    "Point": "Пункт справки или контекста, подтверждённый источником.",
    "Exhibitor": "Front matter страницы в `docs/marketplace/`: участник «Ярмарки инноваций» (экспонент).",
    "SourceList": "Front matter страницы `docs/sources.md`: все источники, на которые ссылается сайт.",
    "Source": "Один источник фактов; другие страницы ссылаются на него по id.",
    "ThemeList": "Front matter страницы `docs/themes.md`: общие темы.",
    "Theme": "Одна из пяти общих тем, которые АЙРЕКС выделил в работе рабочих групп.",
    "MarketplaceIndex": "Front matter страницы `docs/marketplace/index.md`.",
    "GlossaryPage": "Front matter страницы `docs/glossary.md`: термины, которые поясняются на каждой странице, где "
    "они встречаются.",
    "Term": "Одна статья глоссария: термин или сокращение и короткое пояснение.",
    "TimelinePage": "Front matter страницы `docs/timeline.md`: вехи; к ним добавляются последующие шаги каждой группы.",
    "Milestone": "Этап процесса C2C, не относящийся ни к одной отдельной рабочей группе (например, саммит).",
    "UpdateList": "Front matter страницы `docs/updates.md`: журнал изменений архива, новые записи сверху.",
    "Update": "Одно дополнение или исправление архива — для страницы «Обновления» и ленты Atom.",
    "FreePage": "Front matter любой другой страницы (главная, «О саммите», руководства).",
    "Translation": "Front matter файла `page.ru.md`: русской версии страницы `page.md`. Его тело (если оно есть) — "
    "русский текст страницы. `fields` переводит структурированные данные английской страницы поле за полем "
    "(`python -m macros translate` их перечисляет); id, порядок, даты, ссылки и источники всегда берутся из "
    "английской страницы.",
    "FieldTranslation": "Одно поле английской страницы на другом языке, с хешем английского текста, с которого "
    "сделан перевод.",
}
"""Each model's description (its docstring, in Russian)."""

_SAME_OR_NOTE = "`true`, если источник говорит об этом не прямо; тогда `note` объясняет почему."
_COUNTRY = "`US`, `RU` или `other`; не указывайте, если источник об этом молчит."

FIELD_DOCS_RU: Final[dict[str, str]] = {
    # Common to every cited item (`Cited`) and to the site's own pages (`SitePage`, `FreePage`).
    "Cited.sources": "Id записей из `docs/sources.md`, которые это подтверждают.",
    "Cited.uncertain": _SAME_OR_NOTE,
    "Cited.note": "Оговорка или пояснение, которое показывается рядом с элементом.",
    "SitePage.title": "Заголовок страницы (в навигации и во вкладке браузера); простой текст.",
    "SitePage.description": "Одно-два предложения для поисковых систем и превью ссылок.",
    "SitePage.render_macros": "Ставится на собственных страницах сайта, которые вызывают макросы; разрешены только "
    "вызовы макросов сайта.",
    "FreePage.hide": "Какие части макета страницы скрыть (Material for MkDocs).",
    "FreePage.search": "Настройки поиска для страницы (Material for MkDocs): `exclude` или `boost`.",
    # Working group.
    "WorkingGroup.name": "Название группы так, как его даёт АЙРЕКС.",
    "WorkingGroup.order": "Место в списках групп (порядок АЙРЕКС).",
    "WorkingGroup.summary": "Одно-два предложения о том, что известно о группе; также описание страницы.",
    "WorkingGroup.name_variants": "Другие написания названия, встречающиеся в источниках.",
    "WorkingGroup.co_chairs": "Сопредседатели по записям источников; оставьте список пустым, если ни один источник "
    "их не называет.",
    "WorkingGroup.co_chairs_note": "Что архив говорит (или не говорит) о сопредседателях.",
    "WorkingGroup.participants": "Другие участники группы, если источник их перечисляет.",
    "WorkingGroup.participants_note": "Оговорки к списку участников.",
    "WorkingGroup.priorities": "Приоритеты, предложенные группой, насколько о них известно из источников.",
    "WorkingGroup.priorities_note": "Что известно о приоритетах, которых (пока) нет в архиве.",
    "WorkingGroup.follow_ups": "Что было дальше, по порядку дат.",
    "WorkingGroup.background": "Справка или контекст о группе, подтверждённые источниками.",
    "WorkingGroup.report_page": "Где начинается раздел группы в «Итоговом отчёте» ноября 2010 года (например, `p. 9`).",
    "WorkingGroup.sources": "Id источников, на которых основана страница.",
    # Person.
    "Person.name": "Имя человека в написании источника; не указывайте, если известна только организация.",
    "Person.organization": "Организация так, как её называет источник; не указывайте, если неизвестна.",
    "Person.title": "Должность или звание человека.",
    "Person.role": "Что этот участник делал в процессе C2C, если источник об этом говорит.",
    "Person.country": _COUNTRY,
    # Priority.
    "Priority.id": "Уникален на всём сайте; это якорь строки приоритета в таблице.",
    "Priority.title": "Короткое название (несколько слов).",
    "Priority.text": "В чём состоит приоритет, в одном-двух предложениях.",
    "Priority.origin": "Откуда взялся приоритет, если источник об этом говорит.",
    "Priority.partners": "Организации или программы, названные партнёрами.",
    "Priority.themes": "Общие темы (id из `docs/themes.md`), которым служит приоритет.",
    "Priority.exhibitors": "Связанные с приоритетом участники «Ярмарки инноваций» (id страниц в `docs/marketplace/`).",
    # Link.
    "Ref.id": "Id элемента, на который ведёт связь.",
    "Ref.relation": "`sourced` (это утверждает цитируемый источник) или `editorial` (вывод редакции).",
    "Ref.sources": "Для связи по источнику: id источников, которые её утверждают.",
    "Ref.note": "Почему сделана связь; показывается читателям.",
    # Follow-up and background.
    "FollowUp.text": "Что произошло.",
    "FollowUp.date": "`YYYY`, `YYYY-MM` или `YYYY-MM-DD`, либо диапазон `начало/конец`; не указывайте, если дата "
    "неизвестна.",
    "FollowUp.kind": "`follow-up`: часть процесса C2C. `later`: более позднее связанное событие, которое источник не "
    "приписывает C2C.",
    "FollowUp.relation": "`editorial`, если ни один источник не связывает этот пункт с этой рабочей группой.",
    "Point.text": "Сам пункт, в одном-двух предложениях.",
    # Exhibitor.
    "Exhibitor.sources": "Id источников, на которых основана страница (записи в `docs/sources.md`).",
    "Exhibitor.organization": "Организация так, как её называет АЙРЕКС; не указывайте, если неизвестна.",
    "Exhibitor.presenter": "Кто представлял экспонат, если источник это называет.",
    "Exhibitor.presenter_title": "Должность или описание представителя.",
    "Exhibitor.tool": "Показанный инструмент или подход; не указывайте, если источник его не называет.",
    "Exhibitor.summary": "Что делает экспонент (или его инструмент), в одном-двух предложениях; также описание "
    "страницы.",
    "Exhibitor.summary_sources": "Id источников, подтверждающих `summary` (по умолчанию все id из `sources`); "
    "ссылки на них ставятся после него.",
    "Exhibitor.body_sources": "Id источников текста страницы после front matter; ссылки на них ставятся в его конце.",
    "Exhibitor.website": "Веб-адрес организации или инструмента (http или https), если источник его даёт.",
    "Exhibitor.country": _COUNTRY,
    "Exhibitor.country_note": "Оговорка о стране.",
    "Exhibitor.groups": "Рабочие группы (id страниц в `docs/groups/`), с которыми связан экспонент.",
    # Sources.
    "SourceList.sources": "Все источники, на которые ссылается сайт, каждый со своим `id`, по которому его цитируют "
    "другие страницы.",
    "Source.id": "Постоянный id в kebab-case (строчные латинские буквы и цифры через дефис); по нему ссылаются "
    "другие страницы.",
    "Source.title": "Название страницы или документа либо его краткое описание.",
    "Source.publisher": "Кто это опубликовал.",
    "Source.url": "Где это опубликовано (веб-адрес).",
    "Source.note": "Что охватывает источник и чего в нём нет.",
    # Themes.
    "ThemeList.themes": "Общие темы, каждая со своими `id`, `title`, `text` и `sources`.",
    "Theme.id": "Постоянный id в kebab-case (строчные латинские буквы и цифры через дефис); по нему ссылаются "
    "другие страницы.",
    "Theme.title": "Короткое название.",
    "Theme.text": "Тема в одном предложении.",
    "Theme.sources": "Id записей из `docs/sources.md`, которые это подтверждают.",
    # Marketplace index.
    "MarketplaceIndex.reported_count": "Сколько организаций участвовало в выставке, по словам источников.",
    "MarketplaceIndex.reported_count_sources": "Id источников, которые называют это число.",
    # Glossary.
    "GlossaryPage.terms": "Статьи глоссария, каждая с термином, его другими написаниями, пояснением и источниками.",
    "Term.term": "Термин так, как его пишут страницы (например, `IREX`, `third sector`); он поясняется везде, где "
    "встречается.",
    "Term.forms": "Другие написания, встречающиеся на страницах (например, `Third Sector`); поясняются так же.",
    "Term.text": "Пояснение, одно короткое предложение: показывается во всплывающей подсказке и на странице глоссария.",
    "Term.sources": "Id источников, подтверждающих пояснение, если это не общеизвестные сведения.",
    # Timeline.
    "TimelinePage.milestones": "Вехи процесса C2C, каждая с датой, названием, текстом и источниками.",
    "Milestone.date": "Когда это произошло (формат даты указан в столбце «Тип»).",
    "Milestone.title": "Короткое название.",
    "Milestone.text": "Что произошло, в одном-двух предложениях.",
    "Milestone.link": "Страница этого сайта, где об этом рассказано подробнее (путь относительно docs/, например "
    "`about.md#the-first-summit`).",
    # Updates.
    "UpdateList.updates": "Каждое дополнение или исправление архива, новые сверху.",
    "Update.id": "Постоянный id в kebab-case: якорь записи на странице «Обновления» и часть её id в ленте.",
    "Update.date": "День, когда изменение вошло в архив (`YYYY-MM-DD`, в кавычках).",
    "Update.title": "Что изменилось, в нескольких словах.",
    "Update.summary": "Что изменилось, в одном-двух предложениях.",
    "Update.pages": "Страницы, которые оно затронуло (пути в `docs/`, например `groups/public-health.md`).",
    # Translations.
    "Translation.hide": "Какие части макета страницы скрыть (Material for MkDocs).",
    "Translation.search": "Настройки поиска для страницы (Material for MkDocs): `exclude` или `boost`.",
    "Translation.translates": "Хеш тела английской страницы, которое переводит тело этой страницы.",
    "Translation.fields": "Переведённые поля по их пути в английской странице, например `summary` или "
    "`priorities.<id>.title`.",
    "FieldTranslation.text": "Перевод.",
    "FieldTranslation.translates": "Хеш английского текста, который переводит это поле; когда английский текст "
    "меняется, перевод устаревает.",
}
"""Each field's description in Russian, by `Model.field`; a field inherited from a base model (`Cited`, `SitePage`)
is looked up under its most specific class first, then under the base that declares it."""

RULES_RU: Final[dict[str, list[str]]] = {
    "Ref": ["Связи с `relation: sourced` нужна хотя бы одна запись в `sources`."],
    "Person": ["Укажите хотя бы `name` или `organization`.", "При `uncertain: true` нужен `note` с объяснением."],
    "Priority": ["При `uncertain: true` нужен `note` с объяснением."],
    "FollowUp": ["При `uncertain: true` нужен `note` с объяснением."],
    "Point": ["При `uncertain: true` нужен `note` с объяснением."],
    "Milestone": ["При `uncertain: true` нужен `note` с объяснением."],
    "Exhibitor": [
        "Укажите хотя бы `organization` или `presenter`.",
        "При `uncertain: true` нужен `note` с объяснением.",
    ],
}
"""The rules that span several fields (`fields.RULES`), in Russian; a test keeps the two in step."""

MISTAKE_TITLES_RU: Final[dict[str, str]] = {
    "A country outside the list": "Страна не из списка",
    "An exhibitor without sources": "Экспонент без источников",
    "A word for a number, a misspelt field and a date written out": "Число словом, опечатка в имени поля и дата "
    "словами",
    "A sourced link without its source": "Связь по источнику без источника",
    "Placeholders left from `python -m macros new`": "Заглушки, оставшиеся от `python -m macros new`",
}
"""Each typical mistake's title (`mistakes.MISTAKES`), in Russian."""


def describe_field_ru(model: type[BaseModel], name: str) -> str:
    """The field's Russian description; a `KeyError` if there is none (the Russian page never falls back)."""
    for cls in model.__mro__:
        text = FIELD_DOCS_RU.get(f"{cls.__name__}.{name}")
        if text:
            return text
    raise KeyError(f"{model.__name__}.{name}: no Russian description in macros/reference/ru.py")


RU_TEXT: Final = PageText(
    intro=(
        "---\n",
        "title: Справочник по front matter\n",
        "description: Все поля всех видов страниц этого сайта, с полным примером для каждого вида.\n",
        "---\n\n",
        "<!-- Создано из macros/model.py и macros/reference/ru.py командой `python -m macros reference --write`:\n",
        "     не правьте вручную. -->\n\n",
        "# Справочник по front matter {#front-matter-reference}\n\n",
        "*Front matter* — это блок между двумя строками `---` в начале страницы. На страницах рабочих групп и\n",
        "экспонентов он и есть страница: из него сайт строит таблицы, ссылки и обратные ссылки. Этот справочник\n",
        "создаётся из модели данных сайта, поэтому всегда совпадает с тем, что принимает `python -m macros check`.\n",
        "Порядок действий описан в разделе [Как помочь](contribute.md).\n\n",
        "Поля с пометкой **обязательно** должны быть на странице; любое другое поле можно опустить. Id пишутся\n",
        "в *kebab-case*: строчные латинские буквы и цифры, соединённые одиночными дефисами (`public-health`).\n",
        "Текст — это простой текст, не Markdown и не HTML: он показывается ровно так, как написан. Неизвестные\n",
        "поля считаются ошибками, поэтому опечатка в имени поля не проходит незамеченной. Имена полей, примеры\n",
        "и сообщения проверки остаются английскими: так их пишут в файлах и так их выводит проверка.\n\n",
    ),
    heading=lambda page: PAGE_TYPES_RU[page.key][0],
    where=lambda page: PAGE_TYPES_RU[page.key][1],
    doc=lambda model: MODEL_DOCS_RU[model.__name__],
    used_by="Файлы: {where}. {doc}\n",
    schema="Схема для редакторов кода: `{path}`.\n\n",
    example="Полный пример:",
    parts="## Составные части {#parts}\n\nСписки и ссылки внутри описанных выше страниц.\n\n",
    table=lambda model: field_table(model, RU, describe_field_ru),
    rules=RULES_RU,
    mistakes=(
        "## Типичные ошибки {#mistakes}\n\n"
        "Что сообщает `python -m macros check` (и сборка) о нескольких типичных ошибках, каждая на небольшой\n"
        "странице. В каждой строке названы файл, строка, поле, что не так и, в скобках, что ожидалось; проверка\n"
        "пишет по-английски.\n\n"
    ),
    mistake_title=lambda title: MISTAKE_TITLES_RU[title],
    in_file="В файле `docs/{path}`:",
)
"""The Russian page's words (docs/reference.ru.md)."""


def reference_ru_markdown() -> str:
    """The whole Russian front-matter reference page.

    Generated with the English page from the same models, it translates today's English text by construction: its
    `translates` is that text's hash, so the translation table never counts it out of date.
    """
    from ..overlay import translation_hash

    english_body = reference_markdown().split("---\n", 2)[2]
    text = "".join(sections(RU_TEXT)).rstrip("\n") + "\n"
    head, rest = text.split("---\n\n", 1)
    return f'{head}translates: "{translation_hash(english_body)}"\n---\n\n{rest}'

"""Words the renderers put on pages, per locale, so a Russian edition only adds a table."""

from __future__ import annotations

import functools
from typing import Final

EN: Final[dict[str, str]] = {
    "co_chairs": "Co-chairs",
    "participants": "Participants",
    "priorities": "Priorities",
    "follow_ups": "What followed",
    "background": "Background",
    "related_exhibitors": "Related exhibitors",
    "related_groups": "Related working groups",
    "related_priorities": "Related priorities",
    "sources": "Sources",
    "help": "Help complete this record",
    "name": "Name",
    "organization": "Organization",
    "partners": "Partners",
    "post": "Title or role",
    "country": "Country",
    "priority": "Priority",
    "what": "What",
    "themes": "Themes",
    "exhibitors": "Exhibitors",
    "group": "Working group",
    "date": "Date",
    "exhibitor": "Exhibitor",
    "presenter": "Presenter",
    "tool": "Tool",
    "website": "Website",
    "link": "Link",
    "source": "Source",
    "publisher": "Publisher",
    "cited_on": "Cited on",
    "field": "Field",
    "value": "Value",
    "also_known_as": "Also written",
    "report_page": "Section in the Summary Report (Nov. 15, 2010)",
    "not_recorded": "Not recorded",
    "uncertain": "Uncertain",
    "editorial": "editorial link",
    "sourced": "sourced",
    "later": "later development, not credited to C2C by its source",
    "country_US": "United States",
    "country_RU": "Russia",
    "country_other": "International",
    "no_co_chairs": "No source in the record names this group's co-chairs.",
    "no_participants": "No source in the record lists this group's members.",
    "no_priorities": "No source in the record gives this group's priorities.",
    "no_follow_ups": "No follow-up is recorded for this group.",
    "no_exhibitors": "No exhibitor is linked to this group.",
    "no_priority_exhibitors": "No priority in the record names this exhibitor.",
    "no_groups": "No working group is linked to this exhibitor.",
    "no_theme_priorities": "No recorded priority is tagged with this theme yet.",
    "editorial_explained": "An *editorial link* is the editors' inference: no source states it.",
    "invite": (
        "The public record of the summit is incomplete. If you hold a source for anything marked "
        "*not recorded* here (the November 2010 Summary Report, a group's own notes, a participant's account), "
        "please add it: see [how to contribute]({contribute})."
    ),
    "counts_uncertain": ", {uncertain} of them uncertain",
    "status_co_chairs": "Co-chairs",
    "status_uncertain": ", {uncertain} uncertain",
    "status_no": "Not recorded",
    "groups_without_priorities": "No priorities are recorded for: {groups}.",
    "see_sources": "All sources",
    "summit_overview": "Summit overview",
    "working_groups": "The working groups",
    "marketplace": "Innovation Marketplace",
    "group_page": "the group's page",
    "more": "more",
    "questions_intro": "The record does not yet answer these questions about this page:",
    "answer": "Answer with a source",
    "report_fact": "Tell us, with a source",
    "no_questions": "Nothing on this page is marked missing or uncertain. If something is wrong or missing:",
    "edit_page": "edit this page",
    "help_how": "The form opens on GitHub (you need a free account); or {edit}. See [how to contribute]({contribute}).",
    "help_how_no_form": "See [how to contribute]({contribute}).",
    "open_questions_none": "No open question: every field the site can ask about is filled in.",
    "not_known_intro": "Not known from any source: {missing}.",
    "missing_co_chairs": "who co-chaired the group",
    "missing_participants": "who its members were",
    "missing_priorities": "which priorities it drafted",
    "missing_follow_ups": "what it did after the summit",
    "missing_exhibitors": "which Marketplace exhibits relate to it",
    "missing_presenter": "who presented",
    "missing_tool": "which tool was shown",
    "missing_country": "which country the exhibitor is from",
    "missing_groups": "which working group the exhibit relates to",
    "and": "and",
    "timeline_process": "The C2C process",
    "timeline_later": "Later developments",
    "timeline_later_intro": "These events followed, but their sources do not credit them to the C2C summit.",
    "timeline_undated": "Date not known",
    "timeline_row": "details",
    "glossary_term": "Term",
    "view_summary": "Co-chairs and priorities",
    "view_detail": "Everything recorded",
    "glossary_meaning": "Meaning",
    "glance_priorities": "priorities: {phrase}",
    # the overview matrices (render/matrix.py)
    "matrix_sourced": "sourced",
    "matrix_editorial": "editorial",
    "matrix_uncertain": "uncertain",
    "matrix_legend": (
        "**Legend:** ● sourced: a cited source states the link. ○ editorial: the editors infer the link; no "
        "source states it. ? after a mark: the row it rests on is uncertain (see its note). Each mark links "
        "to the row that justifies it. An empty cell: no source or editor links them."
    ),
    "matrix_themes_caption": "Working groups × common themes: the priorities that serve each theme",
    "matrix_exhibitors_caption": (
        "Working groups × exhibitors: the links between groups and Innovation Marketplace exhibitors"
    ),
    "matrix_corner": "Working group",
    "matrix_via_priority": "priority",
    "matrix_via_exhibitor": "exhibitor page of",
    "matrix_region": "scrollable table",
    "matrix_full": "Overview: which groups share which themes and exhibitors",
    "matrix_none": "No such link is known yet.",
    # the Data and Updates pages (render/opendata.py)
    "data_file": "File",
    "data_holds": "What it holds",
    "data_keys": "Keys",
    "data_column": "Column",
    "data_type": "Type",
    "data_meaning": "Meaning",
    "data_primary_key": "primary key",
    "data_refers_to": "refers to",
    "data_ids_in": "ids in",
    "data_row": "Each row: {row}.",
    "data_record": (
        "The whole record in one JSON document: the front matter of every group and exhibitor page, with its "
        "id, and every theme and source."
    ),
    "data_record_schema": "The JSON Schema of {record}.",
    "data_package": (
        "The Data Package descriptor (Frictionless Data): every file above with its columns, types, "
        "descriptions, primary and foreign keys."
    ),
    "data_page_schemas": "JSON Schemas of the pages' front matter, as contributors write it: {files}.",
    "data_changed": "Pages changed",
    "data_feed": "Subscribe to the [Atom feed]({feed}) to hear of new updates.",
    "data_group_note": (
        "**This page as data:** the group's row in {groups}, its priorities in {priorities}, people in "
        "{people} and what followed in {follow_ups} (rows with `group_id` {id}); the whole record in "
        "{record}."
    ),
    "data_exhibitor_note": (
        "**This page as data:** the exhibitor's row in {exhibitors} and its links to working groups in "
        "{links} (rows with `exhibitor_id` {id}); the whole record in {record}."
    ),
    "data_see_data": " See [Open data]({data}).",
    # another edition's marks (render/finish.py)
    "translation_title": "Translation",
    "translation_missing": "Parts of this page are not translated yet: they are shown in English, marked EN.",
    "translation_stale": "Some translations, marked ↻, were made from an earlier English text.",
    "translation_help": "[Help translate]({help}).",
    # the Record status page's translation table (render/coverage.py)
    "translation_none": "The site has no other edition.",
    "translation_summary": (
        "The Russian edition translates {translated} of the {total} fields of structured data, and the text of "
        "{texts} of the {pages} pages that have text of their own."
    ),
    "translation_page": "Page",
    "translation_fields": "Fields translated",
    "translation_fields_count": "{translated} of {total}",
    "translation_missing_fields": "Missing",
    "translation_stale_fields": "Out of date",
    "translation_text": "Page text",
    "translation_file": "Russian file",
    "translation_body_translated": "translated",
    "translation_body_missing": "not translated",
    "translation_body_stale": "out of date",
    "translation_body_none": "no text of its own",
    # pages too large to list the whole record (render/bounded.py): one sentence each, where each part is
    "bounded_priorities": "The record of {priorities} is too large to list on one page: each working group's "
    "priorities are on its own page, in its Priorities section, linked below with how many it holds.",
    "bounded_themes": "The record of {links} between priorities and themes is too large to list on one page: each "
    "theme below gives how many priorities and groups carry it, and each working group's page gives the themes of "
    "its priorities (the [priorities page]({priorities}) links to every group's).",
    "bounded_report": "The record is too large for one printable page ({groups} and {exhibitors}): this report keeps "
    "its overview, and each working group's and exhibitor's section is complete on its own page, linked below.",
    "bounded_timeline": "The record of {follow_ups} is too large to list on one page: the milestones are below, and "
    "each working group's follow-ups are on its own page, in its “What followed” section, linked below.",
    "bounded_exhibitors": "The record of {exhibitors} is too large for one table: each exhibitor's page gives its "
    "presenter, tool, country and working groups, and every exhibitor is linked below.",
    "bounded_sources": "Some sources are cited on too many pages to list them all here: for those, the last column "
    "counts the working group and exhibitor pages, each of which lists its own sources.",
    "bounded_translations": "{pages} with no Russian text yet, too many to list on one page, are left out of this "
    "table; every other page is listed.",
    "bounded_glance": "{groups}, too many to name here: the [working groups page]({link}) lists them all.",
    "bounded_headlines": "The record of {priorities} is too large to list here: the [priorities page]({link}) "
    "leads to each group's.",
    "bounded_exhibitor_names": "The sources name {exhibitors}, too many to list here: the [Marketplace page]({link}) "
    "lists them all.",
    "bounded_record_views": "The record of {groups} is too large to show here: the [working groups page]({link}) "
    "and the [record status]({status}) list them all.",
    "bounded_report_timeline": "The timeline is on its own page: [{title}]({link}).",
    "bounded_overview": "The record of {marks} between groups, themes and exhibitors is too large to show on one "
    "page: below, each theme gives how many groups' priorities carry it, and each working group's page gives the "
    "themes and exhibitors of its priorities (the [priorities page]({priorities}) links to every group's).",
    # the open questions (questions.py): the help boxes and the Record status page
    "q_general": "What is wrong or missing on this page?",
    "q_priorities": "Which priorities did this group draft?",
    "q_follow_ups": "What did this group do after the June 2010 summit?",
    "q_person_right": "Is this right about {who}?",
    "q_priority_right": "Is the priority “{title}” recorded correctly?",
    "q_follow_up_right": "Is the follow-up “{text}” recorded correctly?",
    "q_co_chairs": "Who co-chaired this group?",
    "q_co_chair_for": "Who co-chaired this group for {organization}?",
    "q_presenter": "Who presented for {name}?",
    "q_organization": "Which organization did {name} present for?",
    "q_tool": "Which tool or approach did {name} show?",
    "q_country": "Where is {name} based?",
    "q_record_right": "Is the record of {name} right?",
    "q_exhibitors": "Which other organizations exhibited at the Innovation Marketplace?",
    "q_exhibitors_hint": "The sources count {organizations}; {identified}.",
}

RU: Final[dict[str, str]] = {
    "co_chairs": "Сопредседатели",
    "participants": "Участники",
    "priorities": "Приоритеты",
    "follow_ups": "Что было дальше",
    "background": "Предыстория",
    "related_exhibitors": "Связанные экспоненты",
    "related_groups": "Связанные рабочие группы",
    "related_priorities": "Связанные приоритеты",
    "sources": "Источники",
    "help": "Помогите дополнить архив",
    "name": "Имя",
    "organization": "Организация",
    "partners": "Партнёры",
    "post": "Должность или роль",
    "country": "Страна",
    "priority": "Приоритет",
    "what": "Что",
    "themes": "Общие темы",
    "exhibitors": "Экспоненты",
    "group": "Рабочая группа",
    "date": "Дата",
    "exhibitor": "Экспонент",
    "presenter": "Докладчик",
    "tool": "Инструмент",
    "website": "Сайт",
    "link": "Связь",
    "source": "Источник",
    "publisher": "Издатель",
    "cited_on": "Где цитируется",
    "field": "Поле",
    "value": "Значение",
    "also_known_as": "Другие написания",
    "report_page": "Раздел в «Итоговом отчёте» (15 ноября 2010 г.)",
    "not_recorded": "Нет данных",
    "uncertain": "Под вопросом",
    "editorial": "редакционная связь",
    "sourced": "по источнику",
    "later": "более позднее событие; источник не связывает его с C2C",
    "country_US": "США",
    "country_RU": "Россия",
    "country_other": "Международная организация",
    "no_co_chairs": "Ни один источник в архиве не называет сопредседателей этой группы.",
    "no_participants": "Ни один источник в архиве не перечисляет членов этой группы.",
    "no_priorities": "Ни один источник в архиве не приводит приоритеты этой группы.",
    "no_follow_ups": "Последующие шаги этой группы в архиве не записаны.",
    "no_exhibitors": "С этой группой не связан ни один экспонент.",
    "no_priority_exhibitors": "Ни один приоритет в архиве не называет этого экспонента.",
    "no_groups": "С этим экспонентом не связана ни одна рабочая группа.",
    "no_theme_priorities": "Ни один записанный приоритет пока не отнесён к этой теме.",
    "editorial_explained": "*Редакционная связь* — вывод редакции: ни один источник её не утверждает.",
    "invite": (
        "Открытый архив саммита неполон. Если у вас есть источник о чём-либо, что здесь отмечено как "
        "*нет данных* (итоговый отчёт ноября 2010 года, записи самой группы, рассказ участника), "
        "пожалуйста, добавьте его: см. [как помочь]({contribute})."
    ),
    "counts_uncertain": ", из них под вопросом: {uncertain}",
    "status_co_chairs": "Сопредседатели",
    "status_uncertain": ", под вопросом: {uncertain}",
    "status_no": "Нет данных",
    "groups_without_priorities": "Приоритеты не записаны для групп: {groups}.",
    "see_sources": "Все источники",
    "summit_overview": "Саммит в целом",
    "working_groups": "Рабочие группы саммита",  # not the nav sections' words: two nav landmarks would share a name
    "marketplace": "Ярмарка инноваций на саммите",
    "group_page": "страница группы",
    "more": "подробнее",
    "questions_intro": "Архив пока не отвечает на эти вопросы об этой странице:",
    "answer": "Ответить со ссылкой на источник",
    "report_fact": "Сообщите нам, указав источник",
    "no_questions": "На этой странице ничто не отмечено как отсутствующее или сомнительное. Если что-то неверно "
    "или упущено:",
    "edit_page": "отредактируйте эту страницу",
    "help_how": (
        "Форма открывается на GitHub (нужна бесплатная учётная запись); или {edit}. См. [как помочь]({contribute})."
    ),
    "help_how_no_form": "См. [как помочь]({contribute}).",
    "open_questions_none": "Открытых вопросов нет: заполнено каждое поле, о котором сайт может спросить.",
    "not_known_intro": "Ни один источник не сообщает: {missing}.",
    "missing_co_chairs": "кто был сопредседателями группы",
    "missing_participants": "кто входил в группу",
    "missing_priorities": "какие приоритеты она подготовила",
    "missing_follow_ups": "что она делала после саммита",
    "missing_exhibitors": "какие экспонаты «Ярмарки инноваций» с ней связаны",
    "missing_presenter": "кто выступал с презентацией",
    "missing_tool": "какой инструмент был показан",
    "missing_country": "из какой страны экспонент",
    "missing_groups": "с какой рабочей группой связан экспонат",
    "and": "и",
    "timeline_process": "Процесс C2C",
    "timeline_later": "Более поздние события",
    "timeline_later_intro": "Эти события произошли позже, но их источники не связывают их с саммитом C2C.",
    "timeline_undated": "Дата неизвестна",
    "timeline_row": "подробнее",
    "glossary_term": "Термин",
    "view_summary": "Сопредседатели и приоритеты",
    "view_detail": "Всё, что есть в архиве",
    "glossary_meaning": "Значение",
    "glance_priorities": "{phrase}",
    # the overview matrices (render/matrix.py)
    "matrix_sourced": "по источнику",
    "matrix_editorial": "редакционная связь",
    "matrix_uncertain": "под вопросом",
    "matrix_legend": (
        "**Условные обозначения:** ● по источнику: связь утверждает процитированный источник. ○ редакционная "
        "связь: связь выводит редакция, ни один источник её не утверждает. ? после знака: строка, на которой он "
        "основан, под вопросом (см. её примечание). Каждый знак ведёт к строке, которая его обосновывает. "
        "Пустая клетка: ни источник, ни редакция их не связывают."
    ),
    "matrix_themes_caption": "Рабочие группы × общие темы: приоритеты, относящиеся к каждой теме",
    "matrix_exhibitors_caption": "Рабочие группы × экспоненты: связи групп с экспонентами «Ярмарки инноваций»",
    "matrix_corner": "Рабочая группа",
    "matrix_via_priority": "приоритет",
    "matrix_via_exhibitor": "страница экспонента",
    "matrix_region": "таблица с прокруткой",
    "matrix_full": "Обзор связей: какие группы разделяют общие темы и экспонентов",
    "matrix_none": "Таких связей пока не известно.",
    # the Data and Updates pages (render/opendata.py)
    "data_file": "Файл",
    "data_holds": "Что в нём",
    "data_keys": "Ключи",
    "data_column": "Столбец",
    "data_type": "Тип",
    "data_meaning": "Значение",
    "data_primary_key": "первичный ключ",
    "data_refers_to": "ссылается на",
    "data_ids_in": "идентификаторы из",
    "data_row": "Каждая строка: {row}.",
    "data_record": (
        "Весь архив в одном документе JSON: front matter каждой страницы группы и экспонента с её "
        "идентификатором, а также все темы и источники."
    ),
    "data_record_schema": "JSON Schema для {record}.",
    "data_package": (
        "Дескриптор Data Package (Frictionless Data): все перечисленные выше файлы с их столбцами, типами, "
        "описаниями, первичными и внешними ключами."
    ),
    "data_page_schemas": "JSON Schema для front matter страниц в том виде, в каком его пишут авторы: {files}.",
    "data_changed": "Изменённые страницы",
    "data_feed": "Подпишитесь на [ленту Atom]({feed}), чтобы узнавать о новых обновлениях.",
    "data_group_note": (
        "**Эта страница как данные:** строка группы в {groups}, её приоритеты в {priorities}, люди в "
        "{people} и последующие шаги в {follow_ups} (строки с `group_id` {id}); весь архив в "
        "{record}."
    ),
    "data_exhibitor_note": (
        "**Эта страница как данные:** строка экспонента в {exhibitors} и его связи с рабочими группами в "
        "{links} (строки с `exhibitor_id` {id}); весь архив в {record}."
    ),
    "data_see_data": " См. [Открытые данные]({data}).",
    "translation_title": "Перевод",
    "translation_missing": "Часть этой страницы ещё не переведена: она показана по-английски и отмечена «EN».",
    "translation_stale": "Некоторые переводы, отмеченные «↻», сделаны с прежней версии английского текста.",
    "translation_help": "[Помогите с переводом]({help}).",
    "translation_none": "У сайта нет другой языковой версии.",
    "translation_summary": (
        "Русская версия переводит {translated} из {total} полей структурированных данных и текст {texts} из {pages} "
        "страниц, у которых есть собственный текст."
    ),
    "translation_page": "Страница",
    "translation_fields": "Переведено полей",
    "translation_fields_count": "{translated} из {total}",
    "translation_missing_fields": "Не переведено",
    "translation_stale_fields": "Устарело",
    "translation_text": "Текст страницы",
    "translation_file": "Русский файл",
    "translation_body_translated": "переведён",
    "translation_body_missing": "не переведён",
    "translation_body_stale": "устарел",
    "translation_body_none": "нет своего текста",
    "bounded_priorities": "В архиве {priorities}, это слишком много для одной страницы: приоритеты каждой рабочей "
    "группы собраны на её странице, в разделе «Приоритеты»; ниже ссылки на них и число приоритетов каждой группы.",
    "bounded_themes": "В архиве {links} приоритетов с темами, это слишком много для одной страницы: ниже для каждой "
    "темы указано, сколько приоритетов и групп к ней относится, а страница каждой рабочей группы показывает темы её "
    "приоритетов (на [странице приоритетов]({priorities}) есть ссылки на все группы).",
    "bounded_report": "Архив слишком велик для одной страницы для печати ({groups} и {exhibitors}): в отчёте остаётся "
    "обзор, а полный раздел каждой рабочей группы и каждого экспонента находится на их собственных страницах, "
    "ссылки на которые ниже.",
    "bounded_timeline": "В архиве {follow_ups}, это слишком много для одной страницы: ниже вехи процесса, а события "
    "каждой рабочей группы собраны на её странице, в разделе «Что было дальше»; ссылки на них ниже.",
    "bounded_exhibitors": "В архиве {exhibitors}, это слишком много для одной таблицы: страница каждого экспонента "
    "называет его представителя, инструмент, страну и рабочие группы; ниже ссылки на всех экспонентов.",
    "bounded_sources": "Некоторые источники цитируются на слишком многих страницах, чтобы перечислить их все: для "
    "них в последнем столбце указано число страниц рабочих групп и экспонентов, а каждая из этих страниц сама "
    "перечисляет свои источники.",
    "bounded_translations": "Страницы без русского текста ({pages}) слишком многочисленны для одной страницы и не "
    "включены в таблицу; все остальные страницы перечислены.",
    "bounded_glance": "{groups}, это слишком много, чтобы назвать их здесь: все они перечислены на "
    "[странице рабочих групп]({link}).",
    "bounded_headlines": "В архиве {priorities}, это слишком много для этой страницы: со "
    "[страницы приоритетов]({link}) можно перейти к приоритетам каждой группы.",
    "bounded_exhibitor_names": "Источники называют {exhibitors}, это слишком много, чтобы перечислить их здесь: все "
    "они на [странице «Ярмарки инноваций»]({link}).",
    "bounded_record_views": "В архиве {groups}, это слишком много для этой страницы: все они перечислены на "
    "[странице рабочих групп]({link}) и на странице [состояния архива]({status}).",
    "bounded_report_timeline": "Хронология находится на отдельной странице: [{title}]({link}).",
    "bounded_overview": "В архиве {marks} между группами, темами и экспонентами, это слишком много для одной "
    "страницы: ниже для каждой темы указано, у скольких групп есть приоритеты с ней, а страница каждой рабочей "
    "группы показывает темы и экспонентов её приоритетов (на [странице приоритетов]({priorities}) есть ссылки на "
    "все группы).",
    # the open questions (questions.py)
    "q_general": "Что на этой странице неверно или чего на ней не хватает?",
    "q_priorities": "Какие приоритеты составила эта группа?",
    "q_follow_ups": "Что делала эта группа после саммита в июне 2010 года?",
    "q_person_right": "Верно ли записаны сведения: {who}?",
    "q_priority_right": "Верно ли записан приоритет «{title}»?",
    "q_follow_up_right": "Верно ли записан последующий шаг «{text}»?",
    "q_co_chairs": "Кто был сопредседателями этой группы?",
    "q_co_chair_for": "Кто представлял организацию {organization} среди сопредседателей группы?",
    "q_presenter": "Кто выступал от экспонента {name}?",
    "q_organization": "Какую организацию представлял экспонент {name}?",
    "q_tool": "Какой инструмент или подход показал экспонент {name}?",
    "q_country": "В какой стране работает экспонент {name}?",
    "q_record_right": "Верны ли сведения об экспоненте {name}?",
    "q_exhibitors": "Какие ещё организации участвовали в «Ярмарке инноваций»?",
    "q_exhibitors_hint": "Источники насчитывают {organizations}; {identified}.",
}
"""The Russian labels (the terms of the Russian edition's glossary of translations)."""

LABELS: Final[dict[str, dict[str, str]]] = {"en": EN, "ru": RU}
"""Labels by locale; a missing locale falls back to English."""


def labels(locale: str) -> dict[str, str]:
    """The labels for `locale` (English where a translation is missing)."""
    return {**EN, **LABELS.get(locale, {})}


Forms = dict[str, str]
"""A word or phrase by CLDR plural category (`one`, `few`, `many`, `other`); `other` is always there."""

EN_PLURALS: Final[dict[str, Forms]] = {
    "priority": {"one": "priority", "other": "priorities"},
    "exhibitor": {"one": "exhibitor", "other": "exhibitors"},
    "follow_up": {"one": "follow-up", "other": "follow-ups"},
    "theme_link": {"one": "link", "other": "links"},
    "page": {"one": "page", "other": "pages"},
    "cited_pages": {"one": "working group or exhibitor page", "other": "working group and exhibitor pages"},
    "bounded_theme_counts": {
        "one": "{priorities} of {groups} carries this theme",
        "other": "{priorities} of {groups} carry this theme",
    },
    "bounded_theme_groups": {"one": "working group", "other": "working groups"},
    "organization": {"one": "organization", "other": "organizations"},
    "are_identified": {"one": "is identified", "other": "are identified"},
    # `{count} recorded` in the status tables (the column names what is counted)
    "recorded_co_chairs": {"one": "recorded", "other": "recorded"},
    "recorded_participants": {"one": "recorded", "other": "recorded"},
    "recorded_priorities": {"one": "recorded", "other": "recorded"},
    # a group's follow-ups in the status table: `1 (1 editorial, 2 later)`
    "follow_ups_editorial": {"one": "editorial", "other": "editorial"},
    "follow_ups_later": {"one": "later", "other": "later"},
    # the home page's figures (render/tables.py: counts), after the number
    "counts_groups": {"one": "working group", "other": "working groups"},
    "counts_priorities": {"one": "priority recorded", "other": "priorities recorded"},
    "counts_groups_with_priorities": {
        "one": "group with at least one recorded priority",
        "other": "groups with at least one recorded priority",
    },
    "counts_exhibitors": {
        "one": "Innovation Marketplace exhibitor identified, of {reported} reported",
        "other": "Innovation Marketplace exhibitors identified, of {reported} reported",
    },
    "counts_follow_ups": {
        "one": "follow-up of the summit, as its sources say",
        "other": "follow-ups of the summit, as their sources say",
    },
    "counts_follow_ups_editorial": {
        "one": "other event placed with a group by the editors",
        "other": "other events placed with a group by the editors",
    },
    "counts_later": {
        "one": "later development, not credited to the summit by its sources",
        "other": "later developments, not credited to the summit by their sources",
    },
    "counts_sources": {"one": "source cited", "other": "sources cited"},
    # whole sentences, by the number that governs them
    "unidentified": {
        "one": "{missing} of the {reported} organizations the sources count is not named in any source found.",
        "other": "{missing} of the {reported} organizations the sources count are not named in any source found.",
    },
    "exhibitors_named": {
        "one": "IREX counts {reported} exhibiting organizations; {named} is known by name: {names}.",
        "other": "IREX counts {reported} exhibiting organizations; {named} are known by name: {names}.",
    },
    "exhibitors_named_all": {
        "one": "The sources name the {named} exhibitor: {names}.",
        "other": "The sources name all {named} exhibitors: {names}.",
    },
}
"""English forms by plural category (CLDR: `one` for 1, `other` for the rest)."""

RU_PLURALS: Final[dict[str, Forms]] = {
    "priority": {"one": "приоритет", "few": "приоритета", "many": "приоритетов", "other": "приоритета"},
    "exhibitor": {"one": "экспонент", "few": "экспонента", "many": "экспонентов", "other": "экспонента"},
    "follow_up": {"one": "событие", "few": "события", "many": "событий", "other": "события"},
    "theme_link": {"one": "связь", "few": "связи", "many": "связей", "other": "связи"},
    "page": {"one": "страница", "few": "страницы", "many": "страниц", "other": "страницы"},
    "cited_pages": {
        "one": "страница рабочей группы или экспонента",
        "few": "страницы рабочих групп и экспонентов",
        "many": "страниц рабочих групп и экспонентов",
        "other": "страницы рабочих групп и экспонентов",
    },
    "bounded_theme_counts": {"other": "С этой темой {priorities} у {groups}"},
    "bounded_theme_groups": {
        "one": "рабочей группы",
        "few": "рабочих групп",
        "many": "рабочих групп",
        "other": "рабочей группы",
    },
    "organization": {"one": "организация", "few": "организации", "many": "организаций", "other": "организации"},
    "are_identified": {"one": "установлена", "other": "установлены"},
    "recorded_co_chairs": {
        "one": "сопредседатель",
        "few": "сопредседателя",
        "many": "сопредседателей",
        "other": "сопредседателя",
    },
    "recorded_participants": {"one": "участник", "few": "участника", "many": "участников", "other": "участника"},
    "recorded_priorities": {"one": "приоритет", "few": "приоритета", "many": "приоритетов", "other": "приоритета"},
    "follow_ups_editorial": {
        "one": "редакционная связь",
        "few": "редакционные связи",
        "many": "редакционных связей",
        "other": "редакционной связи",
    },
    "follow_ups_later": {
        "one": "более позднее событие",
        "few": "более поздних события",
        "many": "более поздних событий",
        "other": "более позднего события",
    },
    "counts_groups": {
        "one": "рабочая группа",
        "few": "рабочие группы",
        "many": "рабочих групп",
        "other": "рабочей группы",
    },
    "counts_priorities": {
        "one": "приоритет в архиве",
        "few": "приоритета в архиве",
        "many": "приоритетов в архиве",
        "other": "приоритета в архиве",
    },
    "counts_groups_with_priorities": {
        "one": "рабочая группа, для которой записан хотя бы один приоритет",
        "few": "рабочие группы, для которых записан хотя бы один приоритет",
        "many": "рабочих групп, для которых записан хотя бы один приоритет",
        "other": "рабочей группы, для которых записан хотя бы один приоритет",
    },
    "counts_exhibitors": {
        "one": "экспонент «Ярмарки инноваций» установлен (всего, по данным источников: {reported})",
        "few": "экспонента «Ярмарки инноваций» установлены (всего, по данным источников: {reported})",
        "many": "экспонентов «Ярмарки инноваций» установлено (всего, по данным источников: {reported})",
        "other": "экспонента «Ярмарки инноваций» установлено (всего, по данным источников: {reported})",
    },
    "counts_follow_ups": {
        "one": "последующий шаг саммита, по данным источников",
        "few": "последующих шага саммита, по данным источников",
        "many": "последующих шагов саммита, по данным источников",
        "other": "последующего шага саммита, по данным источников",
    },
    "counts_follow_ups_editorial": {
        "one": "другое событие, которое редакция связывает с группой",
        "few": "других события, которые редакция связывает с группами",
        "many": "других событий, которые редакция связывает с группами",
        "other": "другого события, которые редакция связывает с группами",
    },
    "counts_later": {
        "one": "более позднее событие, которое источники не приписывают саммиту",
        "few": "более поздних события, которые источники не приписывают саммиту",
        "many": "более поздних событий, которые источники не приписывают саммиту",
        "other": "более позднего события, которые источники не приписывают саммиту",
    },
    "counts_sources": {
        "one": "цитируемый источник",
        "few": "цитируемых источника",
        "many": "цитируемых источников",
        "other": "цитируемого источника",
    },
    "unidentified": {
        "one": "Из {reported} организаций, которые насчитывают источники, {missing} не названа ни в одном найденном "
        "источнике.",
        "other": "Из {reported} организаций, которые насчитывают источники, {missing} не названы ни в одном найденном "
        "источнике.",
    },
    "exhibitors_named": {
        "other": "По подсчёту АЙРЕКС, экспонентов было {reported}; известны по названию {named}: {names}.",
    },
    "exhibitors_named_all": {"other": "Источники называют всех экспонентов ({named}): {names}."},
}
"""Russian forms by plural category (CLDR: `one` 1, 21, 31...; `few` 2-4, 22-24...; `many` 0, 5-20, 25...;
`other` fractions). A table may give `other` alone when the phrase does not change with the number."""

PLURALS: Final[dict[str, dict[str, Forms]]] = {"en": EN_PLURALS, "ru": RU_PLURALS}
"""Forms by locale; a missing locale or key falls back to English."""


@functools.lru_cache(maxsize=1024)
def _plural_category(locale: str, number: int) -> str:
    import babel  # here, not at import: the check (`python -m macros check`) loads no Babel

    return str(babel.Locale.parse(locale).plural_form(number))


def plural(locale: str, key: str, number: int) -> str:
    """The form of `key` that goes with `number` in `locale`, by Babel's (CLDR's) plural rules."""
    table = PLURALS.get(locale, {})
    if key not in table:
        locale, table = "en", EN_PLURALS
    forms = table[key]
    return forms.get(_plural_category(locale, number), forms["other"])


def count(locale: str, key: str, number: int) -> str:
    """`number` and the form of `key` that goes with it: `5 приоритетов`, `1 priority`."""
    return f"{number} {plural(locale, key, number)}"

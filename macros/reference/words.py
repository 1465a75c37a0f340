"""The words the reference's tables are made of (types, requirements, headers), in each language it is written in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class Words:
    """How a field's type and requirement are said; `{...}` are filled in by `fields.py`."""

    text: str
    boolean: str
    whole_number: str
    number: str
    web_address: str
    id: str
    date: str
    one_of: str
    """`{values}`: the allowed values, comma-separated."""
    either: str
    """Between the alternatives of a union."""
    list_of: str
    """`{item}`: the type of each entry."""
    mapping: str
    """`{key}`, `{value}`: the types of keys and values."""
    required: str
    at_least: str
    """`{minimum}`: the least number of entries, after `required`."""
    optional: str
    default: str
    """`{value}`: the default, as JSON."""
    header: tuple[str, str, str, str]
    """The table's columns: field, type, required, description."""


EN: Final = Words(
    text="text",
    boolean="`true` or `false`",
    whole_number="whole number",
    number="number",
    web_address="web address (`http://` or `https://`)",
    id="id (kebab-case)",
    date='date (`"2010"`, `"2010-10"`, `"2010-10-15"` or a range `"2010-10/2011-02"`)',
    one_of="one of {values}",
    either=" or ",
    list_of="list of {item}",
    mapping="mapping of {key} to {value}",
    required="**required**",
    at_least=" (at least {minimum})",
    optional="optional",
    default="optional (default `{value}`)",
    header=("Field", "Type", "Required", "Description"),
)
"""The English reference's words (docs/reference.md)."""

RU: Final = Words(
    text="текст",
    boolean="`true` или `false`",
    whole_number="целое число",
    number="число",
    web_address="веб-адрес (`http://` или `https://`)",
    id="id (kebab-case)",
    date='дата (`"2010"`, `"2010-10"`, `"2010-10-15"` или диапазон `"2010-10/2011-02"`)',
    one_of="одно из значений: {values}",
    either=" или ",
    list_of="список (элементы: {item})",
    mapping="словарь (ключи: {key}; значения: {value})",
    required="**обязательно**",
    at_least=" (не меньше {minimum})",
    optional="необязательно",
    default="необязательно (по умолчанию `{value}`)",
    header=("Поле", "Тип", "Обязательно", "Описание"),
)
"""The Russian reference's words (docs/reference.ru.md)."""

"""Which passwords are refused: blank ones and the most used ones."""

from __future__ import annotations

from studyapp.domain import passwords


def test_the_bundled_list_holds_the_most_used_long_passwords():
    common = passwords.common_passwords()
    assert 3000 < len(common) < 10_000
    assert {"password", "12345678", "qwertyuiop", "iloveyou", "1qaz2wsx"} <= common
    assert all(len(p) >= passwords.MIN_LENGTH for p in common)


def test_common_passwords_are_refused_in_any_case_and_with_spaces():
    for password in ("password", "PassWord", " 12345678 ", "Sunshine"):
        assert passwords.is_common(password), password


def test_a_passphrase_is_not_common():
    assert not passwords.is_common("correct horse battery staple")
    assert not passwords.is_common("القطة تنام فوق السجادة الحمراء")


def test_spaces_alone_are_blank():
    assert passwords.is_blank(" " * 12) and passwords.is_blank("\t \u00a0 " * 4)
    assert not passwords.is_blank("  a  ")

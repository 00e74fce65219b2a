#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The catalogue's translations (resources/data/catalogue.LANG.json) against the English catalogue.

  catalogue_translations.py [LANG...]            what is missing, stale, orphaned or suspicious; exit 1 if anything
  catalogue_translations.py --todo LANG [N]      the next N fields to write (default all), as JSON with the English
                                                 (and, for a stale field, the English it was made from and the old text)
  catalogue_translations.py --merge LANG FILE    put the texts of FILE ({"418 I'm a teapot · RFC 2324 (HTCPCP); …":
                                                 {"summary": "…"},
                                                 "classes": {"4xx": "…"}}) into the file, stamped with today's hash
                                                 [--made-from COPY.json]: hashes from the English as it was
                                                 when the texts were written (a later correction shows stale)
  catalogue_translations.py --stamp LANG         stamp every text without a "from" with today's English hash

Every text stores in "from" the first 12 hex digits of the SHA-256 of the English text it was made from
(CatalogueTranslation::sourceHash in app/core/catalogue/cataloguetranslation.cpp computes the same), so a corrected
English text shows its translation as stale. A text meant to read as the English ("RFC 9110", "nginx") carries
"same": true. tst_cataloguetranslation checks the same rules in the build.
"""
import contextlib
import fcntl
import hashlib
import json
import re
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "resources" / "data" / "catalogue.json"
# Every catalogue.LANG.json beside the English (app/core/CMakeLists.txt compiles the same list in).
LANGUAGES = sorted(p.name.split(".")[1] for p in (ROOT / "resources" / "data").glob("catalogue.*.json"))
# In the order the file lists them; the gloss translates the reason phrase, which itself stays as sent.
FIELDS = ["reason_gloss", "summary", "description", "use", "misuse", "folklore", "origin_detail", "since"]
CLASSES = ["1xx", "2xx", "3xx", "4xx", "5xx", "other"]


def source_hash(english):
    return hashlib.sha256(english.strip().encode("utf-8")).hexdigest()[:12]


def translation_path(language):
    return ROOT / "resources" / "data" / f"catalogue.{language}.json"


def entry_key(entry):
    """How a translation names its English entry: code, reason phrase and origin, as the catalogue tells
    entries apart (CatalogueTranslation::entryKey)."""
    code = entry.get("code_text", str(entry["code"]))
    return f"{code} {entry['reason'].strip()} · {entry['origin_detail'].strip()}"


def split_key(key):
    code, rest = key.split(" ", 1)
    reason, _, origin = rest.partition(" · ")
    return code, reason, origin


def english_fields(entry):
    """The English each translatable field is made from; empty fields need no translation."""
    fields = {"reason_gloss": entry["reason"]}
    for field in FIELDS[1:]:
        fields[field] = entry.get(field, "")
    return {field: text.strip() for field, text in fields.items() if text and text.strip()}


def load_english():
    with open(CATALOGUE, encoding="utf-8") as f:
        return json.load(f)


def load_translation(language):
    path = translation_path(language)
    if not path.exists():
        return {"format": 1, "language": language, "classes": {}, "entries": []}
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def save_translation(language, english, translation):
    """Writes the file in the catalogue's order, so diffs stay small and readable."""
    by_key = {e["entry"]: e for e in translation.get("entries", [])}
    rekey_orphans(english, by_key)
    entries = []
    for entry in english["entries"]:
        key = entry_key(entry)
        if key in by_key:
            entries.append(tidy_entry(by_key.pop(key)))
    entries.extend(tidy_entry(e) for e in by_key.values())  # orphans last, until someone moves them
    classes = translation.get("classes", {})
    out = {
        "format": 1,
        "language": language,
        "classes": {c: classes[c] for c in CLASSES if c in classes},
        "entries": entries,
    }
    with open(translation_path(language), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")


def rekey_orphans(english, by_key):
    """An entry whose English reason phrase or origin was corrected keeps its texts: it moves to the one
    untranslated English entry with the same code and the same reason or origin. Its hashes stay, so every
    text whose English changed shows as stale."""
    for key in [k for k in by_key if k not in {entry_key(e) for e in english["entries"]}]:
        code, reason, origin = split_key(key)
        candidates = [entry_key(e) for e in english["entries"]
                      if split_key(entry_key(e))[0] == code and entry_key(e) not in by_key
                      and (split_key(entry_key(e))[1] == reason or split_key(entry_key(e))[2] == origin)]
        if len(candidates) == 1:
            print(f"moved \"{key}\" to \"{candidates[0]}\"", file=sys.stderr)
            by_key[candidates[0]] = by_key.pop(key)
            by_key[candidates[0]]["entry"] = candidates[0]


def tidy_entry(entry):
    tidy = {"entry": entry["entry"]}
    for field in FIELDS:
        if field in entry:
            tidy[field] = {k: entry[field][k] for k in ("text", "from", "same") if k in entry[field]}
    return tidy


# What must come through a translation unchanged: numbers (thousands separators aside), header names and
# other hyphenated capitalised names (Retry-After, X-Forwarded-For), identifiers from code (XMLHttpRequest,
# proxy_pass) and acronyms (TLS, GET). tst_cataloguetranslation uses the same patterns.
TOKEN_PATTERNS = [
    re.compile(r"\d+"),
    re.compile(r"\b[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*)+\b"),
    re.compile(r"\b\w*[a-z][A-Z]\w*\b"),
    re.compile(r"\b\w+_\w+\b"),
    re.compile(r"\b[A-Z]{2,}[0-9]*\b"),
]
THOUSANDS = re.compile(r"(?<=\d)[,.\u00a0\u202f ](?=\d{3}\b)")


def tokens(text):
    text = THOUSANDS.sub("", text)
    found = set()
    for pattern in TOKEN_PATTERNS:
        found.update(pattern.findall(text))
    return found


def lost_tokens(english, translated):
    have = tokens(translated)
    return sorted(t for t in tokens(english) if t not in have and t not in translated)


def check(language, english):
    """Every open point of one language, as (kind, where, detail) rows."""
    translation = load_translation(language)
    problems = []
    seen = set()
    for entry in english["entries"]:
        key = entry_key(entry)
        seen.add(key)
        have = next((e for e in translation.get("entries", []) if e["entry"] == key), {})
        for field, text in english_fields(entry).items():
            problems.extend(check_text(f"{key} / {field}", text, have.get(field), field == "reason_gloss"))
        for field in FIELDS:
            if field in have and field not in english_fields(entry):
                problems.append(("orphaned", f"{key} / {field}", "the English has no such text any more"))
    for entry in translation.get("entries", []):
        key = entry["entry"]
        if key not in seen:
            same_code = [entry_key(e) for e in english["entries"] if split_key(entry_key(e))[0] == split_key(key)[0]]
            problems.append(("orphaned", key, "no English entry with this code, reason and origin (--stamp moves it "
                             "when one entry of the code is a clear match)"
                             + (f"; the code now has: {'; '.join(same_code)}" if same_code else "")))
    for c in CLASSES:
        problems.extend(check_text(f"classes / {c}", english["classes"][c], translation.get("classes", {}).get(c), False))
    return problems


def check_text(where, english, translated, is_gloss):
    if translated is None:
        return [("missing", where, "")]
    rows = []
    if "from" not in translated:
        rows.append(("unstamped", where, "run --stamp after checking the text"))
    elif translated["from"] != source_hash(english):
        rows.append(("stale", where, "the English changed since this was translated"))
    if translated.get("text", "").strip() == english.strip() and not translated.get("same"):
        rows.append(("identical", where, 'same as the English; add "same": true if that is meant'))
    if not is_gloss:
        lost = lost_tokens(english, translated.get("text", ""))
        if lost:
            rows.append(("lost", where, "not in the translation: " + ", ".join(lost)))
    return rows


def old_english(key, field, wanted_hash):
    """The English text a stale translation was made from, found in the catalogue's history."""
    try:
        revisions = subprocess.run(["git", "-C", str(ROOT), "log", "--format=%H", "-n", "200", "--",
                                    str(CATALOGUE.relative_to(ROOT))], capture_output=True, text=True,
                                   check=True).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        return None
    for revision in revisions:
        try:
            text = subprocess.run(["git", "-C", str(ROOT), "show", f"{revision}:{CATALOGUE.relative_to(ROOT)}"],
                                  capture_output=True, text=True, check=True).stdout
            old = json.loads(text)
        except (OSError, subprocess.CalledProcessError, ValueError):
            continue
        if key.startswith("classes / "):
            candidate = old.get("classes", {}).get(key[len("classes / "):], "")
            if source_hash(candidate) == wanted_hash:
                return candidate
            continue
        for entry in old.get("entries", []):
            if entry_key(entry) == key:
                candidate = english_fields(entry).get(field)
                if candidate and source_hash(candidate) == wanted_hash:
                    return candidate
    return None


def todo(language, limit):
    english = load_english()
    translation = load_translation(language)
    by_key = {e["entry"]: e for e in translation.get("entries", [])}
    rekey_orphans(english, by_key)
    work = {}
    count = 0
    items = [("classes", c, english["classes"][c], translation.get("classes", {}).get(c)) for c in CLASSES]
    for entry in english["entries"]:
        key = entry_key(entry)
        for field, text in english_fields(entry).items():
            items.append((key, field, text, by_key.get(key, {}).get(field)))
    for key, field, text, have in items:
        if limit is not None and count >= limit:
            break
        if have is not None and have.get("from") == source_hash(text):
            continue
        item = {"en": text}
        if have is not None:
            item["old_translation"] = have.get("text", "")
            was = old_english(f"classes / {field}" if key == "classes" else key, field, have.get("from", ""))
            if was is not None:
                item["old_en"] = was
        work.setdefault(key, {})[field] = item
        count += 1
    json.dump(work, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


@contextlib.contextmanager
def locked(language):
    """Several translators may merge into the same file at once: one read-modify-write at a time."""
    with open(translation_path(language), "a", encoding="utf-8") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def merge(language, path, made_from=None):
    with locked(language):
        return merge_locked(language, path, made_from)


def merge_locked(language, path, made_from):
    """`made_from`: a copy of catalogue.json as it was when the texts were written; their hashes are taken
    from it, so an English text corrected meanwhile shows as stale instead of being stamped current."""
    english = load_english()
    if made_from:
        with open(made_from, encoding="utf-8") as f:
            snapshot = json.load(f)
        snapshot_by_key = {entry_key(e): e for e in snapshot["entries"]}
    else:
        snapshot, snapshot_by_key = english, None
    translation = load_translation(language)
    with open(path, encoding="utf-8") as f:
        incoming = json.load(f)
    by_key = {e["entry"]: e for e in translation.setdefault("entries", [])}
    english_by_key = {entry_key(e): e for e in english["entries"]}
    merged = 0
    skipped = 0
    for key, fields in incoming.items():
        if key == "classes":
            for c, value in fields.items():
                if c not in english["classes"]:
                    sys.exit(f"catalogue_translations: {path}: classes / {c} is not a status class")
                translation.setdefault("classes", {})[c] = stamped(value, snapshot["classes"].get(c, ""))
                merged += 1
            continue
        if key not in english_by_key:
            # "418 I'm a teapot" is enough when only one entry has that code and reason.
            matches = [k for k in english_by_key if k.startswith(key + " · ")]
            key = matches[0] if len(matches) == 1 else key
        if key not in english_by_key:
            # The English may have renamed it meanwhile: keep the rest, say what was skipped.
            print(f"catalogue_translations: {path}: skipped \"{key}\": not an entry of the English catalogue "
                  "(code and reason phrase, as --todo prints them)", file=sys.stderr)
            skipped += 1
            continue
        originals = english_fields(english_by_key[key])
        if snapshot_by_key is not None:
            # Fields the snapshot lacks get an empty text's hash: stale, to be looked at again.
            originals = {field: english_fields(snapshot_by_key.get(key, {"reason": ""})).get(field, "")
                         for field in originals}
        if key not in by_key:
            by_key[key] = {"entry": key}
            translation["entries"].append(by_key[key])
        for field, value in fields.items():
            if field not in originals:
                print(f"catalogue_translations: {path}: skipped {key} / {field}: the English has no such text",
                      file=sys.stderr)
                skipped += 1
                continue
            by_key[key][field] = stamped(value, originals[field])
            merged += 1
    save_translation(language, english, translation)
    print(f"{language}: {merged} texts merged and stamped" + (f", {skipped} skipped" if skipped else ""))
    return 1 if skipped else 0


def stamped(value, english):
    text = value if isinstance(value, str) else value["text"]
    result = {"text": text.strip(), "from": source_hash(english)}
    if isinstance(value, dict) and value.get("same"):
        result["same"] = True
    return result


def stamp(language):
    with locked(language):
        stamp_locked(language)


def stamp_locked(language):
    english = load_english()
    translation = load_translation(language)
    english_by_key = {entry_key(e): e for e in english["entries"]}
    count = 0
    for entry in translation.get("entries", []):
        originals = english_fields(english_by_key.get(entry["entry"], {"reason": ""}))
        for field in FIELDS:
            if field in entry and "from" not in entry[field] and field in originals:
                entry[field]["from"] = source_hash(originals[field])
                count += 1
    for c, value in translation.get("classes", {}).items():
        if "from" not in value and c in english["classes"]:
            value["from"] = source_hash(english["classes"][c])
            count += 1
    save_translation(language, english, translation)
    print(f"{language}: {count} texts stamped")


def report(languages):
    english = load_english()
    total = sum(len(english_fields(e)) for e in english["entries"]) + len(CLASSES)
    open_points = 0
    for language in languages:
        problems = check(language, english)
        kinds = {}
        for kind, _, _ in problems:
            kinds[kind] = kinds.get(kind, 0) + 1
        current = total - kinds.get("missing", 0) - kinds.get("stale", 0) - kinds.get("unstamped", 0)
        summary = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items())) or "nothing open"
        print(f"{language}: {current} of {total} texts current; {summary}")
        for kind, where, detail in problems:
            print(f"  {kind:10} {where}" + (f": {detail}" if detail else ""))
        open_points += len(problems)
    return 1 if open_points else 0


def main(argv):
    if argv and argv[0] in ("--todo", "--merge", "--stamp") and (len(argv) < 2 or argv[1] not in LANGUAGES):
        print(f"catalogue_translations: {argv[0]} needs a language: {', '.join(LANGUAGES)}", file=sys.stderr)
        return 2
    if len(argv) >= 2 and argv[0] == "--todo":
        todo(argv[1], int(argv[2]) if len(argv) > 2 else None)
        return 0
    if len(argv) in (3, 5) and argv[0] == "--merge" and (len(argv) == 3 or argv[3] == "--made-from"):
        return merge(argv[1], argv[2], argv[4] if len(argv) == 5 else None)
    if len(argv) == 2 and argv[0] == "--stamp":
        stamp(argv[1])
        return 0
    if any(a.startswith("-") for a in argv) or any(a not in LANGUAGES for a in argv):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    return report(argv or LANGUAGES)


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `… | head` ends quietly
    sys.exit(main(sys.argv[1:]))

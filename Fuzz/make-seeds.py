#!/usr/bin/env python3
"""Seed corpora for the fuzz targets, from the repository's Fixtures/ and (when present) the shared corpus
of real documents. Writes Fuzz/corpus/<Target>/ (not committed: run this again instead).

Each target reads its first byte as a selector (see the target's source); the seeds carry a neutral one.
"""
import hashlib, os, re, shutil, subprocess, sys, tempfile, unicodedata

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
out = os.path.join(here, "corpus")
shared = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpus/docs"
MAX = 16 * 1024  # seeds stay small: libFuzzer mutates small inputs far faster

def texts():
    """(name, bytes) of every text fixture and shared document."""
    found = []
    for top in [os.path.join(root, "Fixtures"), shared]:
        if not os.path.isdir(top):
            continue
        for d, _, files in sorted(os.walk(top)):
            for f in sorted(files):
                if f.endswith((".txt", ".md")) and not f.endswith((".dump.txt",)) and "-80." not in f and "-160." not in f:
                    with open(os.path.join(d, f), "rb") as fh:
                        found.append((f, fh.read()))
    return found

def write(target, data):
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, hashlib.sha1(data).hexdigest()), "wb") as fh:
        fh.write(data)

def head(data, limit=MAX):
    """At most `limit` bytes, cut at a line end when there is one."""
    if len(data) <= limit:
        return data
    cut = data.rfind(b"\n", 0, limit)
    return data[: cut + 1 if cut > 0 else limit]

def windows1258(text):
    """Vietnamese in windows-1258: base letters precomposed where the code page has them, tones combining."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in unicodedata.normalize("NFD", text):
        out.append(ch)
    s = "".join(out)
    # Recompose everything but the tone marks.
    rebuilt, pending = [], []
    for ch in s:
        if ch in tones:
            pending.append(ch)
        elif unicodedata.combining(ch):
            rebuilt.append(ch)
        else:
            rebuilt.extend(pending); pending = []
            rebuilt.append(ch)
    rebuilt.extend(pending)
    s = unicodedata.normalize("NFC", "".join(rebuilt))
    return s.encode("cp1258", errors="ignore")

def main():
    shutil.rmtree(out, ignore_errors=True)
    docs = texts()
    deadline_words = re.compile(r"(trước|ngày|tháng|quý|năm|hằng|thường xuyên|trong vòng|định kỳ|tuần|giai đoạn)", re.I)
    table_marks = re.compile(rb"(\|)|(\t)|(<t[dr])|(\+[-=]{3,})")
    phrases = set()
    for name, data in docs:
        part = head(data)
        write("FuzzParse", b"\x01" + part)
        write("FuzzDecode", b"\x00" + part)
        if table_marks.search(data):
            write("FuzzTables", part)
        text = data.decode("utf-8", errors="replace")
        for line in text.splitlines():
            line = line.strip(" *_|#\t")
            if 4 <= len(line) <= 300 and deadline_words.search(line):
                phrases.add(line)
        try:
            write("FuzzDecode", b"\x00" + head(windows1258(text[:MAX]).rstrip()))
        except Exception:
            pass
    for phrase in sorted(phrases)[:4000]:
        write("FuzzDeadlines", b"\x01" + phrase.encode())
    # Archives of a few small plans in each format the batch reader takes, and an archive inside a zip.
    small = [(n, d) for n, d in docs if len(d) < 6000][:4]
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "src")
        os.makedirs(os.path.join(src, "sub"))
        for i, (n, d) in enumerate(small):
            with open(os.path.join(src, "sub" if i % 2 else "", f"kh-{i}.txt"), "wb") as fh:
                fh.write(d)
        made = {}
        for suffix, selector, args in [(".zip", 0, ["--format", "zip"]), (".tar", 1, ["--format", "ustar"]),
                                       (".tar.gz", 2, ["--format", "ustar", "-z"]), (".tar.xz", 4, ["--format", "ustar", "-J"])]:
            path = os.path.join(tmp, "a" + suffix)
            if subprocess.run(["bsdtar", "-cf", path, *args, "-C", src, "."], capture_output=True).returncode == 0:
                made[selector] = path
        path = os.path.join(tmp, "a.7z")
        if shutil.which("7z") and subprocess.run(["7z", "a", "-bd", path, os.path.join(src, "*")], capture_output=True).returncode == 0:
            made[3] = path
        if 0 in made:
            shutil.copy(made[0], os.path.join(src, "inner.zip"))
            path = os.path.join(tmp, "nested.zip")
            if subprocess.run(["bsdtar", "-cf", path, "--format", "zip", "-C", src, "."], capture_output=True).returncode == 0:
                with open(path, "rb") as fh:
                    write("FuzzArchive", bytes([0]) + fh.read())
        for selector, path in made.items():
            with open(path, "rb") as fh:
                write("FuzzArchive", bytes([selector]) + fh.read())
    for target in sorted(os.listdir(out)):
        print(f"{target}: {len(os.listdir(os.path.join(out, target)))} seeds")

main()

#!/usr/bin/env python3
"""Lists public declarations without a `///` doc comment.

Usage: scripts/check-doc-comments.py [TARGET_DIR...]   (default: every library target in Sources/)
Exit 1 when any is missing, so `make check-docs` can gate it.
"""
import pathlib, re, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DECL = re.compile(r'^\s*(?:@[\w.]+(?:\([^)]*\))?\s+)*(?:(?:nonisolated|final|override|static|class|mutating|indirect|convenience|required|@inlinable|@usableFromInline)\s+)*(?:public|open)\s+(?!import\b)(?:(?:final|static|class|override|mutating|nonisolated|convenience|required|indirect|private\(set\)|internal\(set\)|fileprivate\(set\))\s+)*(?:func|var|let|init|subscript|struct|class|enum|protocol|actor|typealias|case|extension|associatedtype|static|init\?|init!)\b')
ATTR = re.compile(r'^\s*@[\w.]+(\(.*\))?\s*$')

def undocumented(path):
    lines = path.read_text(encoding='utf-8').splitlines()
    out = []
    for i, line in enumerate(lines):
        if not DECL.match(line) or re.match(r'^\s*public\s+extension\b|^\s*extension\b', line):
            continue
        if re.search(r'\bpublic\s+extension\b', line):
            continue
        j = i - 1
        while j >= 0 and (ATTR.match(lines[j]) or lines[j].strip().startswith('#if') or lines[j].strip().startswith('#endif')):
            j -= 1
        prev = lines[j].strip() if j >= 0 else ''
        if prev.startswith('///') or prev.endswith('*/'):
            continue
        out.append((i + 1, line.strip()))
    return out

def main():
    dirs = [pathlib.Path(a) for a in sys.argv[1:]] or [d for d in (ROOT / 'Sources').iterdir()
                                                      if d.is_dir() and not d.name.startswith('C') and d.name not in ('ReelFuzz',)]
    total = 0
    for d in dirs:
        for f in sorted(d.rglob('*.swift')):
            for n, text in undocumented(f):
                total += 1
                print(f'{f.relative_to(ROOT) if f.is_absolute() else f}:{n}: {text[:100]}')
    print(f'{total} public declarations without a doc comment', file=sys.stderr)
    return 1 if total else 0

if __name__ == '__main__':
    sys.exit(main())

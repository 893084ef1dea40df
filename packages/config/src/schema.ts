/**
 * The JSON schema of a configuration file. Written here as a module, so every bundle (the VS Code
 * extension's included) carries it without a JSON loader; `npm run build` writes it to
 * schema/config.schema.json for editors and `$schema`, and a test keeps the two the same.
 */
export const CONFIG_SCHEMA = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://github.com/vacancy-lint/vacancy-lint/packages/config/schema/config.schema.json",
  "title": "vacancy-lint configuration",
  "description": "Configuration for vacancy-lint: .vacancylintrc.json, .vacancylintrc.yaml/.yml, vacancy-lint.config.js/.mjs/.cjs (JavaScript: code, loaded only where allowed), the 'vacancyLint' key of package.json, or --config FILE.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "$schema": {
      "type": "string",
      "description": "Path or URL of this schema, for editors."
    },
    "extends": {
      "description": "Preset(s) to start from: 'recommended' (the rules' own severities) or 'strict' (every warning becomes an error, every info a warning, and all of retext-equality's English patterns are on). Your own settings win over the preset.",
      "oneOf": [
        {
          "enum": [
            "recommended",
            "strict"
          ]
        },
        {
          "type": "array",
          "items": {
            "enum": [
              "recommended",
              "strict"
            ]
          },
          "uniqueItems": true
        }
      ]
    },
    "rules": {
      "type": "object",
      "description": "Severity or 'off' per rule id ('nl.age.jong-team'), per language and category ('nl.age'), per category ('age'), or per rule group ('en.equality'). The most specific key wins.",
      "additionalProperties": {
        "enum": [
          "error",
          "warning",
          "info",
          "off"
        ]
      }
    },
    "allow": {
      "type": "array",
      "description": "Phrases that are fine for you; findings inside such a phrase are dropped (e.g. 'Jonge Honden Prijs'). Matched as words, case-insensitive.",
      "items": {
        "type": "string",
        "minLength": 1
      }
    },
    "defaultLanguage": {
      "enum": [
        "nl",
        "en"
      ],
      "description": "Language for texts that are too short or too mixed to tell (default 'nl')."
    },
    "region": {
      "enum": [
        "nl-NL",
        "nl-BE",
        "en-GB",
        "en-US",
        "en-IE",
        "en-NL"
      ],
      "description": "Jurisdiction: which law the findings cite and how suggestions name the right to work. 'nl-BE' cites Belgian law; 'en-US' asks whether someone is authorized to work in the US. Default: 'nl-NL' for Dutch documents, no country for English ones. The country applies to every passage where there is data for it (an English paragraph in an 'nl-NL' document is read under Dutch law)."
    },
    "equality": {
      "type": "boolean",
      "description": "Also run retext-equality's general English inclusive-language patterns (default true)."
    },
    "genderCodedWords": {
      "enum": [
        "document",
        "each"
      ],
      "description": "How gender-coded wording is reported: 'document' (default) gives one finding when the whole ad is strongly masculine- or feminine-coded, with the words found and what to add; 'each' gives one finding per coded word on that side instead."
    },
    "genderForm": {
      "type": "string",
      "pattern": "^[mvx](?:/[mvx]){1,2}$",
      "description": "How your organisation writes the gender addition in Dutch job titles, e.g. 'v/m/x' (default) or 'm/v/x'; suggestions such as '(v/m/x)' use this form."
    }
  }
};

package org.trustatlas.content.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StrictInputTest {

  /**
   * A byte-order mark opens JSON saved by some Windows editors; RFC 8259 lets a reader ignore it, and
   * the YAML reader does. It was refused with Jackson's words and the invisible character itself:
   * "Unexpected character ('\uFEFF' (code 65279 / 0xfeff)): expected a valid value (JSON String, ...".
   */
  @Test
  void aValueOfTheWrongKindIsNamedAsAReaderWouldSayIt() {
    JsonNode value = StrictInput.json("body", "{\"o\":{},\"a\":[],\"s\":\"x\",\"n\":5,\"t\":true,\"z\":null}");
    assertThat(StrictInput.kindOf(value.get("o"))).isEqualTo("an object");
    assertThat(StrictInput.kindOf(value.get("a"))).isEqualTo("an array");
    assertThat(StrictInput.kindOf(value.get("s"))).isEqualTo("a string");
    assertThat(StrictInput.kindOf(value.get("n"))).isEqualTo("the number 5");
    assertThat(StrictInput.kindOf(value.get("t"))).isEqualTo("true");
    assertThat(StrictInput.kindOf(value.get("z"))).isEqualTo("null");
  }

  @Test
  void aByteOrderMarkBeforeJsonIsReadAsYamlReadsIt() {
    assertThat(StrictInput.json("body", "\uFEFF{\"a\": 1}").get("a").asInt()).isEqualTo(1);
    assertThat(StrictInput.answers("answers", "\uFEFF{\"danger-now\": \"no\"}")).containsKey("danger-now");
  }

  @Test
  void bytesThatAreNotTextInTheirCharsetAreRefusedNotReadWithReplacementCharacters() {
    assertThat(StrictInput.text("trust \u2014 faith".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .contains("trust \u2014 faith");
    for (byte[] notUtf8 : new byte[][] {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {'o', 'k', (byte) 0xE2, (byte) 0x80}}) {
      assertThat(StrictInput.text(notUtf8, StandardCharsets.UTF_8)).isEmpty();
    }
    assertThat(StrictInput.text(new byte[] {'a', (byte) 0x80}, StandardCharsets.US_ASCII)).isEmpty();
  }

  /**
   * JSON and YAML escapes can spell half of a UTF-16 pair ("\\ud800"), which is no character at all:
   * it was read, searched and echoed, and written back out as '?'. Refused where it is, as a control
   * character is, in a value and in a key, in JSON and in YAML; a whole pair is read.
   */
  @Test
  void aLoneSurrogateSpelledAsAnEscapeIsRefusedWhereItIs() {
    for (String escaped : new String[] {"\\ud800", "a\\udc00", "\\udc00\\ud800", "\\ud83dx"}) {
      assertThatThrownBy(() -> StrictInput.json("body", "{\"q\": \"" + escaped + "\"}")).as(escaped)
          .isInstanceOf(InputException.class)
          .hasMessageContaining("body:1:7: text holds half of a UTF-16 surrogate pair, U+D")
          .hasMessageContaining("; text must be whole Unicode characters");
    }
    assertThatThrownBy(() -> StrictInput.answers("answers", "{\"\\ud800\": \"no\"}"))
        .isInstanceOf(InputException.class).hasMessageContaining("surrogate");
    assertThatThrownBy(() -> StrictTree.read("scenario.yaml", "title: \"\\ud800\"\n", StrictTree.Syntax.YAML,
        InputLimits.DOCUMENT)).isInstanceOf(InputException.class).hasMessageContaining("surrogate");
    assertThat(StrictInput.json("body", "{\"q\": \"\\ud83d\\ude00\"}").get("q").asString()).isEqualTo("\ud83d\ude00");
  }

  /**
   * Where a document nests too deep is the bracket that opens one level too many: JSON showed the end
   * of the document, YAML's flow style the column after the bracket.
   */
  @Test
  void nestingTooDeepIsShownAtTheBracketThatOpensOneLevelTooMany() {
    InputLimits threeDeep = new InputLimits(10_000, 100, 100, 3);
    for (StrictTree.Syntax syntax : StrictTree.Syntax.values()) {
      assertThatThrownBy(() -> StrictTree.read("f", "{\"a\": {\"b\": {\"c\": {\"d\": 1}}}}", syntax, threeDeep))
          .as(syntax.name()).isInstanceOf(InputException.class)
          .hasMessageStartingWith("f:1:19: lists and mappings nested more than 3 deep");
      assertThatThrownBy(() -> StrictTree.read("f", "[[[ [1]]]]", syntax, threeDeep)).as(syntax.name())
          .hasMessageStartingWith("f:1:5: lists and mappings nested more than 3 deep");
    }
    assertThatThrownBy(() -> StrictTree.read("f", "a:\n  b:\n    c:\n      d: 1\n", StrictTree.Syntax.YAML, threeDeep))
        .hasMessageStartingWith("f:4:7: lists and mappings nested more than 3 deep");
    assertThat(StrictTree.read("f", "[[[1]]]", StrictTree.Syntax.JSON, threeDeep).root().toString()).isEqualTo("[[[1]]]");
  }

  /**
   * YAML 1.2's core schema writes a boolean as true, True, TRUE, false, False or FALSE; the YAML parser
   * read only the lower-case pair, and "multiple: False" was refused as "expected true or false, found
   * text 'False'". Unquoted, each is a boolean; quoted, it stays text, and JSON is not touched.
   */
  @Test
  void yamlCoreSchemaBooleansInAnyOfTheirThreeSpellingsAreBooleansAndQuotedOnesText() {
    for (String written : new String[] {"true", "True", "TRUE", "false", "False", "FALSE"}) {
      JsonNode read = StrictTree.read("f", "a: " + written + "\nb: [" + written + "]\n", StrictTree.Syntax.YAML,
          InputLimits.DOCUMENT).root();
      assertThat(read.get("a").isBoolean()).as(written).isTrue();
      assertThat(read.get("a").asBoolean()).as(written).isEqualTo(written.equalsIgnoreCase("true"));
      assertThat(read.get("b").get(0).isBoolean()).as(written).isTrue();
      assertThat(StrictTree.read("f", "a: '" + written + "'\nb: \"" + written + "\"\n", StrictTree.Syntax.YAML,
          InputLimits.DOCUMENT).root().toString()).isEqualTo("{\"a\":\"" + written + "\",\"b\":\"" + written + "\"}");
    }
    // Only those six: YAML 1.1's yes, no, on and off, and mixed cases, stay text, as YAML 1.2 reads them.
    for (String text : new String[] {"yes", "No", "on", "OFF", "tRUE", "Truth"}) {
      assertThat(StrictTree.read("f", "a: " + text + "\n", StrictTree.Syntax.YAML, InputLimits.DOCUMENT).root()
          .get("a").isString()).as(text).isTrue();
    }
    // A key is a key: "True: 1" is the key "True".
    assertThat(StrictTree.read("f", "True: 1\n", StrictTree.Syntax.YAML, InputLimits.DOCUMENT).root().has("True"))
        .isTrue();
    // After an emoji the parser's offsets count code points, not chars.
    assertThat(StrictTree.read("f", "# \uD83D\uDC94\uD83D\uDC94\na: True\n", StrictTree.Syntax.YAML,
        InputLimits.DOCUMENT).root().get("a").isBoolean()).isTrue();
  }

  /**
   * YAML breaks lines at a carriage return alone as at a line feed, and so does the parser's count of
   * lines; the long-line guard counted line feeds only, so a pack file saved with old Mac line endings
   * and over 64 KiB was refused as "a line longer than 65536 characters" at line 1, with no long line
   * in it. A really long line is found at its own line whatever ends the lines.
   */
  @Test
  void linesEndedByACarriageReturnAloneAreLinesToTheLongLineGuard() {
    InputLimits roomy = new InputLimits(1 << 20, 100_000, 20_000, 16);
    for (String end : new String[] {"\n", "\r\n", "\r"}) {
      StringBuilder many = new StringBuilder();
      for (int i = 0; i < 10_000; i++) {
        many.append("k").append(i).append(": ").append("v".repeat(10)).append(end);
      }
      assertThat(StrictTree.read("f", many.toString(), StrictTree.Syntax.YAML, roomy).root().size())
          .as(end.replace("\r", "CR").replace("\n", "LF")).isEqualTo(10_000);
      assertThatThrownBy(() -> StrictTree.read("f", "a: 1" + end + "b: " + "x".repeat(70_000) + end,
          StrictTree.Syntax.YAML, roomy)).as(end.replace("\r", "CR").replace("\n", "LF"))
          .hasMessageStartingWith("f:2:1: a line longer than 65536 characters");
    }
  }
}

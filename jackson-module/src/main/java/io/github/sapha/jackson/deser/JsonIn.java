package io.github.sapha.jackson.deser;

import io.github.sapha.jackson.SaphaJsonException;
import io.github.sapha.jackson.codec.Codecs;
import io.github.sapha.registry.FieldNames;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * A reading position in a Sapha document: the token stream of one parser,
 * the reading options, and whether the value being read is personal data.
 * Every call into the parser goes through this class, so that every problem,
 * Jackson's or ours, becomes one {@link SaphaJsonException} located by JSON
 * Pointer and line and column, with personal data left out.
 *
 * <p>Readers follow Jackson's convention: a read method starts with the
 * parser on the first token of its value and leaves it on the last.
 *
 * <p>Internal: not exported from the module. This class is mutable and not
 * thread-safe: one instance serves one parse.
 */
public final class JsonIn {
  /** The most characters of an offending value that a message quotes. */
  private static final int QUOTE_LIMIT = 80;

  private final JsonParser parser;
  private final boolean failOnUnknown;
  private final int maxArrayLength;
  private final long maxElementCount;
  /** Array elements read so far, all arrays together. */
  private long elements;
  private boolean personal;

  /**
   * Creates a reading position.
   *
   * @param parser the parser, on the first token of the value to read
   * @param options how to read: unknown fields, limits; not null
   * @param personal whether the whole value is personal data
   */
  public JsonIn(JsonParser parser, ReadOptions options, boolean personal) {
    this.parser = parser;
    this.failOnUnknown = options.failOnUnknown();
    this.maxArrayLength = options.maxArrayLength();
    this.maxElementCount = options.maxElementCount();
    this.personal = personal;
  }

  // ---- tokens ---------------------------------------------------------------------------------

  /** Gets the current token, or null before the first and after the last. */
  public JsonToken token() {
    return parser.currentToken();
  }

  /** Moves to the next token, or null at the end of input. */
  public JsonToken next() {
    try {
      return parser.nextToken();
    } catch (StreamReadException | StreamConstraintsException e) {
      throw convert(e);
    }
  }

  /** {@return the text of the current string, field name or number token} */
  public String string() {
    try {
      return parser.getString();
    } catch (StreamReadException | StreamConstraintsException e) {
      throw convert(e);
    }
  }

  JsonParser.NumberType numberType() {
    try {
      return parser.getNumberType();
    } catch (StreamReadException | StreamConstraintsException e) {
      throw convert(e);
    }
  }

  long longValue() {
    try {
      return parser.getLongValue();
    } catch (StreamReadException | StreamConstraintsException e) {
      throw convert(e);
    }
  }

  /**
   * Skips the value at the current token, leaving the parser on its last
   * token. Strings are read through, not jumped over, so that a skipped value
   * meets the same limits as any other: Jackson's own skipping would pass a
   * string of any length.
   */
  private void skipValue() {
    int depth = 0;
    for (; ; ) {
      JsonToken token = token();
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        depth++;
      } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        depth--;
      } else if (token == JsonToken.VALUE_STRING) {
        textLength();
      }
      if (depth == 0) {
        return;
      }
      next();
    }
  }

  /** Reads the current string through to its end, applying the limit on its length, without keeping it. */
  private void textLength() {
    try {
      parser.getStringLength();
    } catch (StreamReadException | StreamConstraintsException e) {
      throw convert(e);
    }
  }

  /** Gets where the current token starts. */
  public TokenStreamLocation location() {
    return parser.currentTokenLocation();
  }

  /** {@return whether the value being read is personal data, which messages never show} */
  public boolean isPersonal() {
    return personal;
  }

  /**
   * Starts reading a value that is personal data as a whole, such as a person:
   * nothing found there, not even a malformed or mistyped first token, is
   * shown in a message. Pass what it returns to {@link #leavePersonal}.
   *
   * @return whether the value around it was personal data
   */
  public boolean enterPersonal() {
    boolean was = personal;
    personal = true;
    return was;
  }

  /**
   * Ends reading a value that is personal data as a whole.
   *
   * @param was what {@link #enterPersonal} returned
   */
  public void leavePersonal(boolean was) {
    personal = was;
  }

  // ---- structure ------------------------------------------------------------------------------

  /**
   * Starts reading an object of a shape; the current token must be its
   * START_OBJECT.
   *
   * @param shape the shape, not null
   * @return the object being read, not null
   */
  public Obj beginObject(Shape shape) {
    if (token() != JsonToken.START_OBJECT) {
      // Where an object with personal data or a person reference belongs (a person, a name, a
      // seat, a post, a part in a meeting), what stands instead may be that data: a name
      // written as a string, a phone as a number.
      personal = personal || shape.hasPersonal();
      throw wrongType(shape.what() + " (an object)");
    }
    return new Obj(shape);
  }

  /**
   * Starts reading an array; the current token must be its START_ARRAY. Read
   * its elements with {@link #nextElement}.
   */
  public void beginArray() {
    if (token() != JsonToken.START_ARRAY) {
      throw wrongType("an array");
    }
  }

  /**
   * Moves to the next element of the array being read, leaving the parser on
   * its first token, or returns false at the end of the array. An element
   * beyond the limit of one array, or of all arrays of the value being read
   * together, is refused where it starts, before it is read: every element
   * costs memory, however short it is in the input.
   *
   * @param index the position of the element in its array, from 0
   * @return true if there is an element to read
   */
  public boolean nextElement(int index) {
    if (next() == JsonToken.END_ARRAY) {
      return false;
    }
    if (index >= maxArrayLength) {
      throw error("an array longer than the limit of " + maxArrayLength + " elements (maxArrayLength)");
    }
    if (++elements > maxElementCount) {
      throw error(
          "more array elements than the limit of " + maxElementCount + " in one document (maxElementCount)");
    }
    return true;
  }

  /**
   * Checks that nothing but white space follows the value just read.
   *
   * @param what the value, with its article, such as "a registry"
   */
  public void expectEnd(String what) {
    if (next() != null) {
      throw error("content after " + what + ": found " + found() + "; a document holds exactly one value");
    }
  }

  // ---- errors ---------------------------------------------------------------------------------

  /**
   * Creates an error at the current token.
   *
   * @param detail what is wrong, without personal data
   * @return the exception, to throw
   */
  public SaphaJsonException error(String detail) {
    return error(detail, null);
  }

  /**
   * Creates an error where the parser stands, when there is no current token,
   * such as at the end of the input.
   *
   * @param detail what is wrong, without personal data
   * @return the exception, to throw
   */
  public SaphaJsonException errorAtEnd(String detail) {
    return at(pointer(), parser.currentLocation(), detail, null);
  }

  /**
   * Creates an error at the current token, with a cause; the cause is dropped
   * when the value is personal data, since its message may quote it.
   */
  public SaphaJsonException error(String detail, Throwable cause) {
    return at(pointer(), location(), detail, personal ? null : cause);
  }

  /**
   * Creates an error from a model exception raised for the value at the
   * current token. The model's messages never show personal data as such, but
   * they quote the value they refuse: in personal data, such as an id where a
   * person belongs, that value may be a name, so neither it nor the cause is shown.
   */
  public SaphaJsonException refused(RuntimeException modelException) {
    if (personal) {
      return at(pointer(), location(), "value refused (not shown: personal data)", null);
    }
    return at(pointer(), location(), String.valueOf(modelException.getMessage()), modelException);
  }

  /**
   * Creates an error at the current token saying that it is not what was expected.
   *
   * @param expected what was expected, with its article, such as "a string"
   * @return the exception, to throw
   */
  public SaphaJsonException wrongType(String expected) {
    return error("expected " + expected + ", found " + found());
  }

  /** Gets the JSON Pointer of the current value, with no personal data in it. */
  String pointer() {
    return pointerOf(parser.streamReadContext(), personal);
  }

  /** The field names of format v1, the only names a pointer into personal data may show. */
  private static final class KnownNames {
    static final java.util.Set<String> ALL = Codecs.fieldNames();
  }

  /**
   * Checks if a name looks like a field name rather than data: lower-case
   * ASCII letters only, such as "age" or "nick". Personal data (Thai names,
   * capitalised Latin names, the digits of phone numbers and citizen ids, or
   * a field name run into such a value by broken input) does not.
   */
  static boolean fieldLike(String name) {
    return FIELD_LIKE.matcher(name).matches();
  }

  private static final java.util.regex.Pattern FIELD_LIKE = java.util.regex.Pattern.compile("[a-z]{1,40}");

  /**
   * Builds the JSON Pointer of a parsing position. Inside personal data, or
   * anywhere under the people, a field name that is not one of the format's
   * is shown as "*" unless it looks like a field name: broken input can turn
   * a value, such as a phone number, into a field name. Array indexes are
   * always shown.
   */
  static String pointerOf(TokenStreamContext context, boolean personal) {
    if (context == null) {
      return "";
    }
    java.util.Deque<TokenStreamContext> chain = new java.util.ArrayDeque<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.addFirst(c);
    }
    StringBuilder out = new StringBuilder();
    boolean people = false;
    for (TokenStreamContext c : chain) {
      if (c.inArray()) {
        if (c.hasCurrentIndex()) {
          out.append('/').append(c.getCurrentIndex());
        }
      } else if (c.currentName() != null) {
        String name = c.currentName();
        boolean hidden = (personal || people) && !KnownNames.ALL.contains(name) && !fieldLike(name);
        out.append('/').append(hidden ? "*" : name.replace("~", "~0").replace("/", "~1"));
        people = people || (out.length() == 1 + FieldNames.PEOPLE.length() && name.equals(FieldNames.PEOPLE));
      }
    }
    return out.toString();
  }

  public static SaphaJsonException at(String pointer, TokenStreamLocation location, String detail, Throwable cause) {
    return new SaphaJsonException(detail, pointer, location.getLineNr(), location.getColumnNr(), cause);
  }

  /** Describes the current token for a message, quoting it unless it is personal data. */
  String found() {
    JsonToken token = token();
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return personal ? "a string (not shown: personal data)" : "the string " + quote(string());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return personal ? "a number (not shown: personal data)" : "the number " + clip(string());
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }

  /**
   * Quotes text for a message as a JSON string, shortened to {@value #QUOTE_LIMIT}
   * characters; never call it on personal data.
   *
   * @param text the text, not null
   * @return the quoted text, not null
   */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), QUOTE_LIMIT) + 8).append('"');
    String clipped = clip(text);
    for (int i = 0; i < clipped.length(); i++) {
      char c = clipped.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static String clip(String text) {
    return text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT) + "…";
  }

  /**
   * Converts a parser's exception (malformed JSON, a duplicate field, a limit
   * reached) into the module's exception at the current position. Failures
   * of the input itself ({@code JacksonIOException}) are not caught: they are
   * not problems of the document.
   */
  SaphaJsonException convert(JacksonException e) {
    return convert(parser, e, personal);
  }

  /**
   * Converts a parser's exception into the module's exception, located where
   * the parser stopped; the details of malformed personal data are not shown.
   *
   * @param parser the parser that failed, not null
   * @param e its exception, not null
   * @param personal whether the parser was inside personal data
   * @return the exception, to throw
   */
  public static SaphaJsonException convert(JsonParser parser, JacksonException e, boolean personal) {
    TokenStreamLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    String original = String.valueOf(e.getOriginalMessage());
    TokenStreamContext context = parser.streamReadContext();
    if (original.startsWith("Name length") && context != null && context.inObject()) {
      // The name being read is not the object's current name yet, which is the field before
      // it: point at the object.
      context = context.getParent();
    }
    String pointer = pointerOf(context, personal);
    if (e instanceof StreamConstraintsException) {
      return at(pointer, location, limit(original, parser.streamReadConstraints()), e);
    }
    String duplicate = "Duplicate Object property ";
    if (original.startsWith(duplicate)) {
      return personal
          ? at(pointer, location, "duplicate field (its name is not shown: it may hold personal data)", null)
          : at(pointer, location, "duplicate field " + original.substring(duplicate.length()), e);
    }
    if (personal) {
      return at(pointer, location, "malformed JSON in personal data (details not shown)", null);
    }
    int marker = original.indexOf(" (start marker at ");
    return at(pointer, location, "malformed JSON: " + (marker < 0 ? original : original.substring(0, marker)), e);
  }

  /**
   * Creates an error for input that Jackson could not decode where the
   * parser stands, such as a UTF-32 character cut short.
   *
   * @param e Jackson's exception, not null
   * @return the exception, to throw
   */
  public SaphaJsonException undecodable(JacksonException e) {
    String detail =
        personal
            ? "input that cannot be decoded (details not shown: personal data)"
            : "input that cannot be decoded: " + e.getOriginalMessage();
    return at(pointer(), parser.currentLocation(), detail, personal ? null : e);
  }

  /**
   * Says which limit a parser reached, naming the setting that raises it.
   *
   * @param original the message of Jackson's {@code StreamConstraintsException}, not null
   * @param limits the limits in force, not null
   * @return the detail for a message, not null
   */
  public static String limit(String original, StreamReadConstraints limits) {
    if (original.startsWith("Document nesting depth")) {
      return "nesting deeper than the limit of " + limits.getMaxNestingDepth() + " (maxNestingDepth)";
    }
    if (original.startsWith("String value length")) {
      return "a string longer than the limit of " + limits.getMaxStringLength()
          + " characters (maxStringLength)";
    }
    if (original.startsWith("Number value length")) {
      return "a number longer than the limit of " + limits.getMaxNumberLength()
          + " characters (maxNumberLength)";
    }
    if (original.startsWith("Document length")) {
      return "input longer than the limit of " + limits.getMaxDocumentLength()
          + " bytes or characters (maxDocumentLength)";
    }
    if (original.startsWith("Name length")) {
      return "a field name longer than the limit of " + limits.getMaxNameLength() + " characters (maxNameLength)";
    }
    int from = original.indexOf(", from `");
    return "limit reached: " + (from < 0 ? original : original.substring(0, from) + ")");
  }

  // ---- objects --------------------------------------------------------------------------------

  /**
   * An object being read against its {@link Shape}: yields its known fields
   * one by one, refuses unknown (or skips them) and duplicate ones, and at
   * the end checks that the required fields were all there.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public final class Obj {
    private final Shape shape;
    private final TokenStreamLocation start;
    private final boolean inherited;
    private long seen;
    /** The field expected next: the one after the last read. */
    private int expected;

    private Obj(Shape shape) {
      this.shape = shape;
      this.start = location();
      this.inherited = personal;
    }

    /**
     * Moves to the next field's value and gets the field's position in the
     * shape, or returns -1 at the end of the object after checking the
     * required fields.
     *
     * @return the field's position in the shape, or -1 at the end
     */
    public int next() {
      for (; ; ) {
        // Jackson reads the value after a field name together with the name, so a malformed
        // value surfaces here, before we know which field it belongs to: in an object with
        // personal fields, treat it as personal.
        personal = inherited || shape.hasPersonal();
        JsonToken token = JsonIn.this.next();
        if (token == JsonToken.END_OBJECT) {
          // What follows the object is as personal as what held it, whatever its last field was.
          personal = inherited;
          checkRequired();
          return -1;
        }
        String name = string();
        // Fields mostly come in the order the format writes them: compare the name with the
        // field after the last one before looking it up.
        int i = expected < shape.size() && name.equals(shape.name(expected)) ? expected : shape.indexOf(name);
        if (i < 0) {
          if (failOnUnknown) {
            // In an object with personal fields, broken input can turn a value into a field name.
            throw JsonIn.this.error("unknown field "
                + (personal && !fieldLike(name) ? "(its name is not shown: it may hold personal data)" : quote(name))
                + " in " + shape.what() + "; expected one of: " + shape.describe());
          }
          // Skipped values are never kept; in an object with personal fields they may be personal too.
          JsonIn.this.next();
          skipValue();
          continue;
        }
        if ((seen & (1L << i)) != 0) {
          // A known field's name is never personal data.
          throw JsonIn.this.error("duplicate field " + quote(name));
        }
        seen |= 1L << i;
        expected = i + 1;
        personal = inherited || shape.isPersonal(i);
        JsonIn.this.next();
        return i;
      }
    }

    private void checkRequired() {
      for (int i = 0; i < shape.size(); i++) {
        if (shape.isRequired(i) && (seen & (1L << i)) == 0) {
          throw error("missing required field " + quote(shape.name(i)) + " in " + shape.what());
        }
      }
    }

    /**
     * Builds the object through the model, turning the model's refusal into an
     * error at the object: what the model refuses once every value is read is
     * a problem across fields.
     *
     * @param <B> the type of what holds the values read
     * @param <T> the model type
     * @param build calls the model's builder or factory, not null
     * @param values the values read, not null
     * @return the object, not null
     */
    public <B, T> T build(java.util.function.Function<B, T> build, B values) {
      try {
        return build.apply(values);
      } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
        // The model's messages leave personal data out, so they are shown as they are.
        throw at(pointer(), start, String.valueOf(e.getMessage()), e);
      }
    }

    /**
     * Creates an error about the whole object, located at its start. Call it
     * after {@link #next()} has returned null.
     *
     * @param detail what is wrong, without personal data
     * @return the exception, to throw
     */
    public SaphaJsonException error(String detail) {
      return at(pointer(), start, detail, null);
    }
  }
}

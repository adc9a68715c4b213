package io.github.sapha.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sapha} command line: {@code java -jar examples/cli/target/sapha.jar
 * [COMMAND]}. Without a command it runs {@code demo}.
 *
 * <p>Exit codes: 0 on success, 1 when a validated document has violations at
 * or above the threshold (or a gazetteer query finds nothing, or diff finds differences), 2 on unusable
 * input or arguments, 3 on an internal error (a bug, or too little memory),
 * with the reason in one line on stderr: never a stack trace.
 */
@Command(
    name = "sapha",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    versionProvider = SaphaCommand.Version.class,
    description = "Thailand's community organization councils (สภาองค์กรชุมชน): demo and tools.",
    subcommands = {
      DemoCommand.class,
      ValidateCommand.class,
      CoverageCommand.class,
      DiffCommand.class,
      GenerateCommand.class,
      GazetteerCommand.class,
      CommandLine.HelpCommand.class,
      AutoComplete.GenerateCompletion.class
    })
public final class SaphaCommand implements Runnable {
  /** The exit code of unusable input or arguments. */
  static final int UNUSABLE = 2;
  /** The exit code of a failure that is neither a finding nor unusable input: a bug, or too little memory. */
  static final int INTERNAL_ERROR = 3;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  /** Whether slow steps note their progress on stderr: only for a person at a terminal. */
  private final boolean progressNotes;

  private SaphaCommand(boolean progressNotes) {
    this.progressNotes = progressNotes;
  }

  /**
   * Where the commands write progress notes: stderr when a person watches a
   * terminal, nowhere when output goes to files, pipes or an embedding
   * program, so that stderr then holds only the one line of a failure.
   */
  PrintWriter notes() {
    return progressNotes
        ? spec.commandLine().getErr()
        : new PrintWriter(java.io.Writer.nullWriter());
  }

  /** Runs the demo when no command is given. */
  @Override
  public void run() {
    new DemoCommand().print(spec.commandLine().getOut());
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(execute(args, stdout(), new PrintWriter(System.err, true, StandardCharsets.UTF_8),
        System.console() != null));
  }

  /**
   * Runs the command line with the given output streams, for embedding and tests.
   * Slow steps print no progress notes.
   *
   * @param args the arguments, not null
   * @param out where normal output goes, not null
   * @param err where errors and diagnostics go, not null
   * @return the exit code
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return execute(new SaphaCommand(false), args, out, err);
  }

  private static int execute(String[] args, PrintWriter out, PrintWriter err, boolean progressNotes) {
    return execute(new SaphaCommand(progressNotes), args, out, err);
  }

  /**
   * Runs a command with the exit codes and error reporting of {@code sapha}:
   * whatever fails, the reason is one line on stderr, never a stack trace.
   */
  static int execute(Object command, String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(command);
    // --format=JSON, --scale National: users type enum values in any case.
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (e instanceof UnusableInputException) {
            cmd.getErr().println("sapha: " + e.getMessage());
            return UNUSABLE;
          }
          return internalError(cmd.getErr(), e);
        });
    int code;
    try {
      code = commandLine.execute(args);
    } catch (RuntimeException | Error e) {
      // picocli hands exceptions to the handler above; errors, such as running out of memory
      // or of stack, come through.
      code = internalError(err, e);
    }
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Reports a failure that is neither a finding nor unusable input in one
   * line: its kind only, since a message could quote anything, personal data
   * included.
   */
  private static int internalError(PrintWriter err, Throwable e) {
    if (e instanceof OutOfMemoryError) {
      err.println("sapha: out of memory: give Java more heap (java -Xmx2g -jar sapha.jar ...) or read a smaller document");
    } else {
      err.println("sapha: internal error (" + e.getClass().getName() + "): not a problem of the input;"
          + " please report it, see SECURITY.md at https://github.com/sapha/sapha");
    }
    err.flush();
    return INTERNAL_ERROR;
  }

  /** Thai text must reach the terminal as UTF-8 whatever the platform default is. */
  private static PrintWriter stdout() {
    return new PrintWriter(System.out, true, StandardCharsets.UTF_8);
  }

  /** Reports the version the build wrote into sapha-cli.properties, and the Java that runs it. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws java.io.IOException {
      java.util.Properties build = new java.util.Properties();
      try (var in = SaphaCommand.class.getResourceAsStream("sapha-cli.properties")) {
        if (in == null) {
          throw new java.io.IOException("sapha-cli.properties is missing from the class path");
        }
        build.load(in);
      }
      return new String[] {
        "sapha " + build.getProperty("version"),
        "JSON format v1; Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
        "gazetteer: " + io.github.sapha.geography.Gazetteer.thailand().edition()
            .map(e -> "edition " + e.date()).orElse("no edition")
      };
    }
  }
}

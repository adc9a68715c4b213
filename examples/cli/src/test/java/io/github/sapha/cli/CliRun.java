package io.github.sapha.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What one run of the command line printed and returned. */
final class CliRun {
  final int code;
  final String out;
  final String err;

  CliRun(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    this.code = SaphaCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    this.out = out.toString();
    this.err = err.toString();
  }

  /** What a run made otherwise printed and returned. */
  CliRun(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  @Override
  public String toString() {
    return "exit " + code + "\nstdout:\n" + out + "\nstderr:\n" + err;
  }
}

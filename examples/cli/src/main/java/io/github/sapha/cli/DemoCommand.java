package io.github.sapha.cli;

import io.github.sapha.demo.MaeSaiDemo;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sapha demo}: the Mae Sai 2017 forum, expressed through the library. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = "Show Mae Sai district (Chiang Rai) as the library sees it, 18 May 2017.")
final class DemoCommand implements Runnable {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    print(spec.commandLine().getOut());
  }

  void print(PrintWriter out) {
    MaeSaiDemo.print(out);
    out.flush();
  }
}

package io.github.sapha.cli;

import io.github.sapha.jackson.SaphaJson;
import io.github.sapha.jackson.SaphaJsonException;
import io.github.sapha.registry.Registry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads registry documents for the commands, turning every failure into an {@link UnusableInputException}. */
final class Documents {
  private Documents() {}

  static Registry read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return SaphaJson.defaults().read(in);
    } catch (NoSuchFileException e) {
      throw new UnusableInputException("Cannot read " + file + ": no such file", e);
    } catch (IOException e) {
      throw new UnusableInputException("Cannot read " + file + ": " + e.getMessage(), e);
    } catch (SaphaJsonException e) {
      throw new UnusableInputException(file + ": " + e.getMessage(), e);
    } catch (tools.jackson.core.JacksonException e) {
      throw new UnusableInputException("Cannot read " + file + ": " + e.getOriginalMessage(), e);
    }
  }
}

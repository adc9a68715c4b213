package io.github.sapha.cli;

import io.github.sapha.jackson.SaphaJson;
import io.github.sapha.jackson.SaphaJsonException;
import io.github.sapha.registry.Registry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** Reads registry documents for the commands, turning every failure into an {@link UnusableInputException}. */
final class Documents {
  private Documents() {}

  static Registry read(Path file) {
    if (Files.isDirectory(file)) {
      throw new UnusableInputException("Cannot read " + file + ": it is a directory, not a file", null);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return SaphaJson.defaults().read(in);
    } catch (IOException e) {
      throw new UnusableInputException("Cannot read " + file + ": " + reason(e, "no such file"), e);
    } catch (SaphaJsonException e) {
      throw new UnusableInputException(file + ": " + e.getMessage(), e);
    } catch (tools.jackson.core.JacksonException e) {
      throw new UnusableInputException("Cannot read " + file + ": " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Says why a file could not be read or written, in words: the JDK's file
   * exceptions often carry only the path as their message.
   *
   * @param missing what to say when a file or directory on the way is missing
   */
  static String reason(IOException e, String missing) {
    if (e instanceof NoSuchFileException) {
      return missing;
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "a part of the path is not a directory";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}

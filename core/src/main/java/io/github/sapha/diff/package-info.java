/**
 * Differences between two registries: {@link io.github.sapha.diff.RegistryDiff}
 * lists the objects added, removed, changed and moved in each collection,
 * matched by id, and for a changed object each changed field with its JSON
 * Pointer in the old and the new document and the old and new value. Nested
 * lists without ids are matched by what identifies their elements. Personal
 * data is reported as changed, with its pointers, never with its values.
 * Applying a diff to the old registry gives the new one.
 */
package io.github.sapha.diff;

/**
 * The registry: the aggregate root that holds a snapshot, "as of" a date, of
 * councils, networks, organisations, people and meetings, keyed by id, and
 * answers the questions users ask of them (councils of an area, {@link
 * io.github.sapha.registry.Coverage coverage} of a district, members and
 * officers on a date, who held a post, the networks a council belongs to,
 * meetings of a body in a period).
 *
 * <p>Main types: {@link io.github.sapha.registry.Registry}, {@link
 * io.github.sapha.registry.Coverage}.
 */
@SaphaStyle
package io.github.sapha.registry;

import io.github.sapha.internal.SaphaStyle;

/**
 * Community organization councils (สภาองค์กรชุมชนตำบล) and the bodies around
 * them: {@link io.github.sapha.council.Council} with its member {@link
 * io.github.sapha.council.Community communities}, {@link
 * io.github.sapha.council.Membership memberships} and {@link
 * io.github.sapha.council.Post posts}; district, provincial and national
 * {@link io.github.sapha.council.Network networks}; other {@link
 * io.github.sapha.council.Organization organizations} (CODI, local
 * governments, government offices); and the {@link
 * io.github.sapha.council.Person people} who sit on them.
 *
 * <p>Objects refer to each other by id, one type per namespace so that a
 * reference of one kind cannot stand where another is expected: {@link
 * io.github.sapha.council.PersonId}, {@link io.github.sapha.council.CommunityId},
 * {@link io.github.sapha.council.BodyId} (councils, networks and organisations),
 * {@link io.github.sapha.council.MeetingId}, {@link io.github.sapha.council.PlanId},
 * {@link io.github.sapha.council.ProjectId} and {@link
 * io.github.sapha.council.DesignationId}, all kinds of {@link
 * io.github.sapha.council.Id}. The {@code io.github.sapha.registry} package
 * holds the objects together. Builders refuse
 * structurally broken input; rules between objects are the validator's.
 *
 * <p>People are personal data under Thailand's PDPA: names, phone numbers and
 * citizen ids never appear in {@code toString()} or exception messages.
 */
@SaphaStyle
package io.github.sapha.council;

import io.github.sapha.internal.SaphaStyle;

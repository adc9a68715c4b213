/**
 * Meetings and forums (เวที / การประชุม): {@link io.github.sapha.meeting.Meeting}
 * with its venue, organisers, {@link io.github.sapha.meeting.Participant
 * participants} in their roles, agenda, {@link
 * io.github.sapha.meeting.Resolution resolutions} and {@link
 * io.github.sapha.meeting.SourceLink sources}.
 */
@SaphaStyle
package io.github.sapha.meeting;

import io.github.sapha.internal.SaphaStyle;

/**
 * Development plans and their hierarchies: community plans (แผนชุมชน) link up to
 * sub-district, district and provincial plans. A {@link
 * io.github.sapha.plan.Plan} holds {@link io.github.sapha.plan.Project
 * projects} with budgets and {@link io.github.sapha.plan.Funding funding}; a
 * {@link io.github.sapha.plan.PlanTree} navigates the hierarchy and rolls
 * budgets and progress up to each plan ({@link io.github.sapha.plan.RollUp}).
 */
@SaphaStyle
package io.github.sapha.plan;

import io.github.sapha.internal.SaphaStyle;

/**
 * Deliberate violations of the rules every front end holds, in test sources only: each one shows
 * that its rule in {@code AdapterRules} bites ({@code AdapterRulesBiteTest}).
 */
package org.trustatlas.web.violations;

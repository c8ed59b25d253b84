/**
 * Implementation of the rule engine. Not exported by the module, not part of the API: may change in any
 * release.
 */
package io.github.gongkai.validation.internal;

/**
 * JMH microbenchmarks for the library, each beside a baseline measured in the same run so the result
 * reads as a ratio. Built into {@code benchmarks/target/benchmarks.jar}; the build never runs them.
 */
package org.trustatlas.benchmarks;

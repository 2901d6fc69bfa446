/**
 * JMH benchmarks. Build with {@code ./mvnw -pl benchmarks -am package} and run with {@code java -jar
 * benchmarks/target/benchmarks.jar}; results depend on the machine, so none are asserted in tests.
 */
package org.wsis.roadmap.benchmarks;

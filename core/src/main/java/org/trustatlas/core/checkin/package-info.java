/**
 * The private check-in: a short reflection whose answers become a situation and a safety context,
 * then a plan. Safety questions come first and a danger answer stops at once with resources. Answers
 * live only in memory, are never written or logged, and never appear in toString.
 */
@NullMarked
package org.trustatlas.core.checkin;

import org.jspecify.annotations.NullMarked;

/**
 * Reading what people and programs send, strictly and within stated limits: pack files, scenario
 * files, check-in answers and request bodies. One reader for every front end, so the CLI, the web
 * and any later adapter refuse the same input with the same located words.
 */
package org.trustatlas.content.input;

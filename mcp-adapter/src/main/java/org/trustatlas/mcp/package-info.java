/**
 * The Model Context Protocol front end: the atlas's tools and resources for AI assistants, on the
 * official SDK's stateless server, over stdio ({@code atlas mcp}) and streamable HTTP ({@code /mcp}
 * under {@code atlas serve}). Like the other adapters it only translates: every rule is the core's.
 */
package org.trustatlas.mcp;

/** The stage's pages: the organisers' form for the external stream address. */
package nl.dialoog.stage.web;

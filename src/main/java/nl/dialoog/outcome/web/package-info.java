/** The results pages: the organisers' report page (build, edit, publish), the public results page and exports. */
package nl.dialoog.outcome.web;

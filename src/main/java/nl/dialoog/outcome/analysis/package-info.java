/**
 * The analysis itself, in plain Java without Spring so that it runs on published data sets: the Pol.is method for
 * statement votes (PCA, opinion groups, representative and consensus statements), themes across languages, and
 * participation counts with small-cell suppression.
 */
package nl.dialoog.outcome.analysis;

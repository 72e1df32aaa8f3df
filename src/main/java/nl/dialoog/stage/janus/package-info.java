/**
 * A client of the Janus WebRTC Server over its HTTP transport (java.net.http and Boot's Jackson): the Janus API
 * with a long-lived control session kept alive, the VideoRoom requests the stage needs, and the Admin API's stored
 * tokens. Internal to the stage module.
 */
package nl.dialoog.stage.janus;

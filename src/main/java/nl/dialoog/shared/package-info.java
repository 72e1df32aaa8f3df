/**
 * What every module leans on: the page layout, languages and text direction, security rules, the clock and error
 * pages. Kept small and open on purpose.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.dialoog.shared;

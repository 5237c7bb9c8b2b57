package io.ticketflow.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * With the cluster profile, the webapps' and the API's login sessions live in the database (tables of migration V29)
 * instead of one node's memory: any node serves anybody, a load balancer needs no sticky sessions, and a node that
 * goes away logs nobody out. Without it they stay in memory, which costs no database work per request.
 */
@Configuration(proxyBeanMethods = false)
@Profile("cluster")
@EnableJdbcHttpSession(tableName = "ticketflow.spring_session")
class DatabaseSessions {
}

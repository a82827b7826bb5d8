<?xml version="1.0" encoding="utf-8"?>
<!-- Shows an Entente Atom feed as a page when a browser opens it; feed readers ignore this. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:atom="http://www.w3.org/2005/Atom"
    exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>

  <xsl:template match="/atom:feed">
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="atom:title"/> · feed</title>
        <link rel="stylesheet" href="/static/style.css"/>
      </head>
      <body>
        <header class="site-header">
          <div class="wrap header-inner"><a class="brand" href="/">Entente</a></div>
        </header>
        <main id="main" class="wrap feed-page">
          <h1 class="feed-title"><xsl:value-of select="atom:title"/></h1>
          <p class="feed-note">This is an Atom feed of a search. To follow it, copy its address
            into a feed reader; new articles that match will appear there.
            <a class="feed-results" href="{atom:link[@rel='alternate']/@href}">See these results on the site</a>.</p>
          <p class="feed-address">
            <label for="feed-address">Feed address</label>
            <input id="feed-address" type="text" readonly="readonly" value="{atom:link[@rel='self']/@href}"/>
          </p>
          <p class="feed-subtitle"><xsl:value-of select="atom:subtitle"/></p>
          <xsl:choose>
            <xsl:when test="atom:entry">
              <ol class="feed-entries">
                <xsl:apply-templates select="atom:entry"/>
              </ol>
            </xsl:when>
            <xsl:otherwise>
              <p class="empty">No dated article matches this search yet.</p>
            </xsl:otherwise>
          </xsl:choose>
        </main>
        <footer class="site-footer">
          <div class="wrap">Entente — news about defense cooperation between countries.</div>
        </footer>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="atom:entry">
    <li class="feed-entry">
      <h2 class="result-title"><a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a></h2>
      <p class="result-meta">
        <time datetime="{substring(atom:published, 1, 10)}"><xsl:value-of select="substring(atom:published, 1, 10)"/></time>
        <xsl:if test="atom:author/atom:name"> · <xsl:value-of select="atom:author/atom:name"/></xsl:if>
      </p>
      <!-- The summary is escaped HTML the site wrote itself (text escaped, matches in <mark>). -->
      <p class="snippet"><xsl:value-of select="atom:summary" disable-output-escaping="yes"/></p>
    </li>
  </xsl:template>
</xsl:stylesheet>

<#ftl output_format="XML" strip_whitespace=true>
<#--
  法治政府建设年度报告: the annual report on building a law-based government that every
  township and county department sends up before 1 April. Upward document (报告), so the red
  header carries 签发人. Part headings default from the part's role and the reported year.
-->
<#import "lib/gongwen.ftl" as gw>
<#assign r = report>
<#assign year = r.year()>
<#assign title = r.title()!(r.authority() + "关于" + year + "年法治政府建设情况的报告")>

<#function defaultHeading role>
  <#switch role.name()>
    <#case "MEASURES"><#return year + "年推进法治政府建设的主要举措和成效">
    <#case "SHORTCOMINGS"><#return year + "年推进法治政府建设存在的不足和原因">
    <#case "LEADERSHIP"><#return "党政主要负责人履行推进法治建设第一责任人职责情况">
    <#case "PLANS"><#return (year + 1) + "年推进法治政府建设的主要安排">
    <#case "OTHER"><#return "其他需要报告的情况">
    <#default><#stop "a custom part needs a heading">
  </#switch>
</#function>

<gongwen>
  <meta title="${title}" author="${r.authority()}" subject="${year}年法治政府建设年度报告"
        keywords="法治政府建设,年度报告,${year}"/>
  <#if r.header()??><@gw.header h=r.header() authority=r.authority()/></#if>
  <title>${title}</title>
  <@gw.recipients r.recipients()/>
  <@gw.paragraphs r.opening()/>
  <#list r.parts() as part>
    <h1>${gw.number(1, part?counter)}${part.heading()!defaultHeading(part.role())}</h1>
    <@gw.paragraphs part.paragraphs()/>
    <@gw.sections part.sections() 2/>
  </#list>
  <@gw.paragraphs r.closing()/>
  <@gw.attachments r.attachments()/>
  <@gw.signature sig=r.signature()! authority=r.authority()/>
  <@gw.note r.note()!/>
  <@gw.colophon c=r.colophon()! sig=r.signature()!/>
</gongwen>

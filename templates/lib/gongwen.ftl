<#ftl output_format="XML" strip_whitespace=true>
<#--
  Macros for the parts every 公文 has, whatever its kind: header, recipients, numbered
  headings, signature, note, 版记. A template for a new kind (通知, 请示, 函) imports this file
  and writes only what is particular to it. Markup vocabulary: templates/MARKUP.md.
-->

<#-- 版头. h: model.RedHeader; authority: the report's authority (the mark's default name). -->
<#macro header h authority>
<header>
  <#if h.copyNumber()??><copy>${h.copyNumber()}</copy></#if>
  <#if h.secrecy()??><secrecy>${h.secrecy()}</secrecy></#if>
  <#if h.urgency()??><urgency>${h.urgency()}</urgency></#if>
  <mark suffix="${h.markSuffix()}">
    <#if h.authorities()?has_content>
      <#list h.authorities() as name><name>${name}</name></#list>
    <#else>
      <name>${authority}</name>
    </#if>
  </mark>
  <#if h.number()??><number>${h.number()}</number></#if>
  <#list h.signers() as s><signer>${s}</signer></#list>
</header>
</#macro>

<#-- 主送机关: several recipients are separated by 、 and the line ends with a full-width colon. -->
<#macro recipients names>
  <#if names?has_content><to>${names?join("、")}：</to></#if>
</#macro>

<#-- Paragraphs, one <p> each. -->
<#macro paragraphs list>
  <#list list as p><p>${p}</p></#list>
</#macro>

<#--
  The number of a heading at a level: 一、 （一） 1. （1）. Generated from the position, never
  typed by the user (GB/T 9704 §7.3.3).
-->
<#function number level n>
  <#switch level>
    <#case 1><#return cn.numeral(n) + "、">
    <#case 2><#return "（" + cn.numeral(n) + "）">
    <#case 3><#return n + ".">
    <#default><#return "（" + n + "）">
  </#switch>
</#function>

<#--
  Sections from level 2 down, numbered by position. A run-in heading ends with 。 and the first
  paragraph continues on its line; a run-in section without paragraphs stands alone.
-->
<#macro sections list level>
  <#list list as s>
    <#local head = number(level, s?counter) + s.title()>
    <#if s.runIn() && s.paragraphs()?has_content>
      <#local lead = cn.endsWithStop(s.title())?then(head, head + "。")>
      <p><lead level="${level}">${lead}</lead>${s.paragraphs()[0]}</p>
      <#list s.paragraphs()[1..] as p><p>${p}</p></#list>
    <#else>
      <h${level}>${head}</h${level}>
      <@paragraphs s.paragraphs()/>
    </#if>
    <#if level < 4>
      <@sections s.sections() level + 1/>
    </#if>
  </#list>
</#macro>

<#-- 附件说明 -->
<#macro attachments names>
  <#if names?has_content>
    <attachments><#list names as n><name>${n}</name></#list></attachments>
  </#if>
</#macro>

<#--
  署名 and 成文日期. sig may be absent: then the authority signs without a date. Callers pass
  r.signature()! which is an empty string, not null, when absent: hence ?has_content, not ??.
-->
<#macro signature sig authority>
  <#if sig?has_content>
    <signature sealed="${sig.sealed()?c}" date="${cn.date(sig.date())}">${sig.authority()!authority}</signature>
  <#else>
    <signature sealed="false" date="">${authority}</signature>
  </#if>
</#macro>

<#-- 附注, in full-width brackets. -->
<#macro note text>
  <#if text?? && text?has_content><note>（${text}）</note></#if>
</#macro>

<#-- 版记. The print date defaults to the signature date. -->
<#macro colophon c sig>
  <#if c?has_content>
    <colophon>
      <#list c.cc() as name><cc>${name}</cc></#list>
      <#if c.printer()??><printer>${c.printer()}</printer></#if>
      <#if c.printDate()??>
        <date>${cn.date(c.printDate())}</date>
      <#elseif sig?has_content && sig.date()??>
        <date>${cn.date(sig.date())}</date>
      </#if>
    </colophon>
  </#if>
</#macro>
